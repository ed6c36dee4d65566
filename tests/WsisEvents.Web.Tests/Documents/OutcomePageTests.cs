using AngleSharp.Dom;

namespace WsisEvents.Web.Tests.Documents;

/// <summary>The seeded outcomes on the meeting pages and in /documents, with their filters and their 400s.</summary>
public class OutcomePageTests(SeededCatalog catalog) : IClassFixture<SeededCatalog>
{
    private static List<string> Titles(IDocument page) =>
        [.. page.QuerySelectorAll(".document-list .outcome-title .fw-semibold").Select(e => e.TextContent.Trim())];

    [Fact]
    public async Task MeetingPage_ListsItsOutcomeWithKindLanguageAndSourceSentence()
    {
        var page = await catalog.Client.GetDocumentAsync("/meetings/world-summit-contributory-conference-on-ict-and-creativity-2005");

        var outcome = Assert.Single(page.QuerySelectorAll("#outcomes .outcome"));
        Assert.Equal("Vienna Declaration", outcome.QuerySelector(".outcome-title .fw-semibold")!.TextContent.Trim());
        Assert.Equal("Declaration", outcome.QuerySelector(".outcome-kind")!.TextContent.Trim());
        Assert.Contains("English", outcome.QuerySelector(".outcome-languages")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("not yet available", outcome.QuerySelector(".outcome-languages")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            "The aim of the conference is to produce a positive statement, the Vienna Declaration, for bridging the Digital Divide and Content Gap.",
            outcome.QuerySelector(".outcome-source blockquote")!.TextContent.Trim());
        Assert.Contains("002_85274b9193408efb.txt, line 74", outcome.QuerySelector(".outcome-source figcaption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummitPage_ShowsTheSymbolsOfEachLanguageVersion()
    {
        var page = await catalog.Client.GetDocumentAsync("/meetings/wsis-geneva-phase-2003");

        var outcomes = page.QuerySelectorAll("#outcomes .outcome");
        Assert.Equal(["Geneva Declaration of Principles", "Geneva Plan of Action"],
            outcomes.Select(o => o.QuerySelector(".outcome-title .fw-semibold")!.TextContent.Trim()));
        var declaration = outcomes[0];
        Assert.Equal("WSIS-03/GENEVA/DOC/4-E", declaration.QuerySelector(".outcome-symbol code")!.TextContent);
        Assert.Contains("12 December 2003", declaration.QuerySelector(".outcome-meta")!.TextContent, StringComparison.Ordinal);
        var versionSymbols = declaration.QuerySelectorAll(".outcome-languages code").Select(c => c.TextContent).ToList();
        Assert.Contains("WSIS-03/GENEVA/DOC/4-F", versionSymbols);
        Assert.Contains("WSIS-03/GENEVA/DOC/4-R", versionSymbols);
        Assert.Contains("WSIS-03/GENEVA/DOC/4-C", versionSymbols);
    }

    [Fact]
    public async Task GeneralAssemblySymbol_IsTheSameInEveryLanguage()
    {
        var page = await catalog.Client.GetDocumentAsync("/meetings/wsis-10-high-level-event-2015");

        var outcome = Assert.Single(page.QuerySelectorAll("#outcomes .outcome"));
        Assert.Equal("A/RES/70/125", outcome.QuerySelector(".outcome-symbol code")!.TextContent);
        Assert.Empty(outcome.QuerySelectorAll(".outcome-languages code"));
    }

    [Fact]
    public async Task MeetingWithoutOutcomes_HasNoOutcomesSection()
    {
        var page = await catalog.Client.GetDocumentAsync("/meetings/role-of-ict-for-disaster-reduction-2005");

        Assert.Null(page.QuerySelector("#outcomes"));
    }

    [Fact]
    public async Task DocumentsPage_ListsEverySeededDocument()
    {
        var page = await catalog.Client.GetDocumentAsync("/documents?pageSize=200");

        Assert.Equal(SeedData.OutcomeDocuments, page.QuerySelectorAll(".document-list .outcome").Length);
        Assert.Contains("Vienna Declaration", Titles(page));
        Assert.Contains("Tunis Agenda for the Information Society", Titles(page));
        Assert.Contains(page.QuerySelectorAll(".document-list .outcome-source blockquote"),
            b => b.TextContent.Trim() == "The outcome was an agenda for action - \"Science in the Information Society\".");
        Assert.Contains(page.QuerySelectorAll(".document-list .outcome-meeting a"),
            a => a.GetAttribute("href") == "/meetings/world-summit-contributory-conference-on-ict-and-creativity-2005");
    }

    public static TheoryData<string, string[]> Filters => new()
    {
        { "kind=declaration", ["Geneva Declaration of Principles", "Vienna Declaration", "Tunis Commitment",
            "Outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society"] },
        { "kind=chairs-summary", ["Chairman’s report"] },
        { "year=2003", ["Geneva Declaration of Principles", "Geneva Plan of Action", "Science in the Information Society: an agenda for action"] },
        { "year=2015", ["Outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society"] },
        { "theme=C5&kind=chairsSummary", ["Chairman’s report"] },
        { "organizer=wipo", ["Conclusions of the WIPO Online Forum"] },
        { "language=fr", ["Geneva Declaration of Principles", "Geneva Plan of Action", "Tunis Commitment", "Tunis Agenda for the Information Society",
            "Outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society"] },
        { "q=VIENNA", ["Vienna Declaration"] },
        { "q=chairman%E2%80%99s", ["Chairman’s report"] },
        { "q=d%C3%A9claration%20of%20principles", ["Geneva Declaration of Principles", "Tunis Commitment"] },
        { "q=WSIS-05%2FTUNIS%2FDOC%2F6", ["Tunis Agenda for the Information Society"] },
        { "q=internet%20governance%20forum", ["Tunis Agenda for the Information Society", "Outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society"] },
        { "q=nothing-matches-this", [] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task DocumentsPage_Filter_ShowsOnlyTheMatchingDocuments(string query, string[] expected)
    {
        var page = await catalog.Client.GetDocumentAsync("/documents?pageSize=200&" + query);

        Assert.Equal(expected.Order(StringComparer.Ordinal), Titles(page).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task DocumentsApi_Filter_AgreesWithThePage(string query, string[] expected)
    {
        var json = await catalog.Client.GetJsonAsync("/api/documents?pageSize=200&" + query);

        Assert.Equal(expected.Length, json.GetProperty("total").GetInt32());
        Assert.Equal(expected.Order(StringComparer.Ordinal),
            json.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("title").GetString()!).Order(StringComparer.Ordinal));
    }

    public static TheoryData<string, string, string> BadQueries => new()
    {
        { "kind=memo", "kind", "'kind' must be one of: report, chairsSummary, declaration, recommendations, agendaForAction, presentation, other." },
        { "year=20x5", "year", "'year' must be a whole number from 1 to 9,999." },
        { "theme=c99", "theme", "No Action Line has that slug or code; see /api/themes for the list (C1 to C11)." },
        { "organizer=nobody-at-all", "organizer", "No organization has that slug, acronym or name." },
        { "language=english!", "language", "'language' must be a language tag such as en, fr or zh-Hant." },
        { "q=" + new string('a', 201), "q", "The search text is 201 characters long; at most 200 are allowed." },
        { "page=0", "page", "'page' must be a whole number from 1 to 1,000,000." },
        { "pageSize=500", "pageSize", "'pageSize' must be a whole number from 1 to 200." },
        { "kind=report&kind=other", "kind", "'kind' is given more than once; give it once." },
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task DocumentsPage_BadValue_Is400WithItsMessage(string query, string parameter, string message)
    {
        var (status, page) = await catalog.Client.GetPageAsync("/documents?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, page.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(parameter);
    }

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task DocumentsApi_BadValue_Is400NamingTheParameter(string query, string parameter, string message)
    {
        using var response = await catalog.Client.GetAsync("/api/documents?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync<System.Text.Json.JsonElement>();
        Assert.Equal(message, problem.GetProperty("errors").GetProperty(parameter)[0].GetString());
    }

    [Fact]
    public async Task DocumentsPage_PagesWithTheFiltersKept()
    {
        var page = await catalog.Client.GetDocumentAsync("/documents?pageSize=5&language=en");

        Assert.Equal(5, page.QuerySelectorAll(".document-list .outcome").Length);
        Assert.Contains(page.QuerySelectorAll("nav[aria-label=Pages] a"), a => a.GetAttribute("href") == "/documents?language=en&page=2&pageSize=5");
    }

    [Fact]
    public async Task MeetingApi_CarriesItsDocumentsWithTheirVersions()
    {
        var meeting = await catalog.Client.GetJsonAsync("/api/meetings/wsis-tunis-phase-2005");

        var documents = meeting.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(["Tunis Commitment", "Tunis Agenda for the Information Society"], documents.Select(d => d.GetProperty("title").GetString()));
        var agenda = documents[1];
        Assert.Equal("agendaForAction", agenda.GetProperty("kind").GetString());
        Assert.Equal("2005-11-18", agenda.GetProperty("date").GetString());
        Assert.Equal("WSIS-05/TUNIS/DOC/6(Rev.1)-E", agenda.GetProperty("symbol").GetString());
        var spanish = Assert.Single(agenda.GetProperty("languages").EnumerateArray(), v => v.GetProperty("language").GetString() == "es");
        Assert.Equal("WSIS-05/TUNIS/DOC/6(Rev.1)-S", spanish.GetProperty("symbol").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, spanish.GetProperty("url").ValueKind);
        Assert.False(spanish.GetProperty("isAvailable").GetBoolean());
    }

    [Fact]
    public async Task MeetingApi_ForAMeetingWithoutOutcomes_HasAnEmptyDocumentsArray()
    {
        var meeting = await catalog.Client.GetJsonAsync("/api/meetings/role-of-ict-for-disaster-reduction-2005");

        Assert.Equal(0, meeting.GetProperty("documents").GetArrayLength());
    }
}
