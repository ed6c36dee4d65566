using WsisEvents.Web.Localization;

namespace WsisEvents.Web.Tests.Localization;

/// <summary>The pages in each language: their addresses, lang and dir, the switcher and the alternates, and links
/// that stay in the reader's language.</summary>
public class LanguagePageTests(SeededCatalog catalog) : IClassFixture<SeededCatalog>
{
    private const string Meeting = "/meetings/wsis-thematic-meeting-on-countering-spam-2004";

    public static TheoryData<string, string> PagesInEachLanguage
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var language in Languages.All)
            {
                foreach (var page in new[] { "/", "/meetings", "/meetings?year=2004&theme=c5", Meeting, "/organizations", "/organizations/isoc", "/themes", "/documents", "/account/login" })
                {
                    data.Add(language.Code, page);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(PagesInEachLanguage))]
    public async Task Page_IsInItsLanguage_WithLangDirAlternatesAndLinksInTheSameLanguage(string code, string page)
    {
        var language = Languages.Find(code)!;
        var document = await catalog.Client.GetDocumentAsync(language.Prefix + page);

        var html = document.DocumentElement;
        Assert.Equal(code, html.GetAttribute("lang"));
        Assert.Equal(language.IsRightToLeft ? "rtl" : "ltr", html.GetAttribute("dir"));

        var alternates = document.QuerySelectorAll("head link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => new Uri(l.GetAttribute("href")!));
        Assert.Equal([.. Languages.All.Select(l => l.Code), "x-default"], alternates.Keys);
        Assert.All(Languages.All, l => Assert.Equal(l.Prefix + page, alternates[l.Code].PathAndQuery));

        var strays = document.QuerySelectorAll("a[href^='/'], form[action^='/']")
            .Where(e => !e.HasAttribute("hreflang"))
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("action")!)
            .Where(address => !(address == language.Prefix || address.StartsWith(language.Prefix + "/", StringComparison.Ordinal)) || (language.IsDefault && Languages.All.Any(l => !l.IsDefault && address.StartsWith(l.Prefix + "/", StringComparison.Ordinal))))
            .ToList();
        Assert.True(strays.Count == 0, $"{language.Prefix + page} links out of its language: {string.Join(", ", strays)}");
    }

    [Theory]
    [InlineData("fr", "Réunions", "Aller au contenu")]
    [InlineData("es", "Reuniones", "Ir al contenido")]
    [InlineData("ar", "الاجتماعات", "الانتقال إلى المحتوى")]
    public async Task ListPage_SpeaksTheLanguageOfItsAddress(string code, string heading, string skipLink)
    {
        var document = await catalog.Client.GetDocumentAsync($"/{code}/meetings");

        Assert.Equal(heading, document.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Equal(skipLink, document.QuerySelector(".skip-link")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("fr", "7–9 juillet 2004", "juillet 2004")]
    [InlineData("es", "7–9 de julio de 2004", "julio de 2004")]
    [InlineData("ar", "7–9 يوليو 2004", "يوليو 2004")]
    public async Task ListPage_WritesDatesAndMonthsAsTheLanguageDoes(string code, string dates, string month)
    {
        var document = await catalog.Client.GetDocumentAsync($"/{code}/meetings");

        var july = document.QuerySelector("section[aria-labelledby='m-2004-07']")!;
        Assert.Equal(month, july.QuerySelector(".month-heading")!.TextContent.Trim());
        Assert.Equal(dates, july.QuerySelector(".meeting-dates")!.TextContent.Trim());
    }

    [Fact]
    public async Task Switcher_KeepsThePageAndItsFilters_AndMarksTheCurrentLanguage()
    {
        var document = await catalog.Client.GetDocumentAsync("/es/meetings?year=2004&theme=c5");

        var links = document.QuerySelectorAll(".language-switch a").ToDictionary(a => a.GetAttribute("hreflang")!, a => a.GetAttribute("href"));
        Assert.Equal("/meetings?year=2004&theme=c5", links["en"]);
        Assert.Equal("/fr/meetings?year=2004&theme=c5", links["fr"]);
        Assert.Equal("/ar/meetings?year=2004&theme=c5", links["ar"]);
        Assert.False(links.ContainsKey("es"));
        var current = document.QuerySelector(".language-switch [aria-current]")!;
        Assert.Equal(("es", "Español"), (current.GetAttribute("lang"), current.TextContent.Trim()));
    }

    [Fact]
    public async Task Switcher_LeavesOutParametersThePageDoesNotUse()
    {
        var document = await catalog.Client.GetDocumentAsync("/fr/meetings?year=2004&utm_source=x");

        Assert.Equal("/meetings?year=2004", document.QuerySelector(".language-switch a[hreflang=en]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task EnglishPrefix_RedirectsToTheAddressWithout()
    {
        using var client = catalog.Factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/en/meetings?year=2004");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/meetings?year=2004", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task UnknownPage_InFrench_IsA404InFrench()
    {
        var (status, document) = await catalog.Client.GetPageAsync("/fr/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("fr", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("/no-such-page", document.QuerySelector(".language-switch a[hreflang=en]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task MeetingPage_InFrench_MarksTheUntranslatedTextsAsEnglish()
    {
        var document = await catalog.Client.GetDocumentAsync("/fr" + Meeting);

        Assert.Equal("en", document.QuerySelector("main h1")!.GetAttribute("lang"));
        Assert.Equal("en", document.QuerySelector(".source-quote")!.GetAttribute("lang"));
        Assert.Equal("Dates", document.QuerySelector(".meeting-facts dt")!.TextContent.Trim());
        Assert.Null((await catalog.Client.GetDocumentAsync(Meeting)).QuerySelector("main h1")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task ArabicPages_UseBootstrapsRightToLeftStylesheet()
    {
        var arabic = await catalog.Client.GetDocumentAsync("/ar/meetings");
        var english = await catalog.Client.GetDocumentAsync("/meetings");

        Assert.Contains(arabic.QuerySelectorAll("link[rel=stylesheet]"), l => l.GetAttribute("href")!.Contains("bootstrap.rtl.min", StringComparison.Ordinal));
        Assert.DoesNotContain(english.QuerySelectorAll("link[rel=stylesheet]"), l => l.GetAttribute("href")!.Contains(".rtl.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Timeline_InArabic_RunsFromRightToLeft()
    {
        static async Task<List<int>> BarPositions(HttpClient client, string address) =>
            [.. (await client.GetDocumentAsync(address)).QuerySelectorAll(".timeline a.timeline-bar .timeline-hit")
                .Select(r => int.Parse(r.GetAttribute("x")!, System.Globalization.CultureInfo.InvariantCulture))];

        var english = await BarPositions(catalog.Client, "/meetings");
        var arabic = await BarPositions(catalog.Client, "/ar/meetings");

        Assert.True(english.Count > 1);
        Assert.Equal(english.OrderBy(x => x), english);
        Assert.Equal(english.OrderByDescending(x => x), arabic);
    }

    [Fact]
    public async Task CountsAndMessages_UseTheLanguagesOwnForms()
    {
        var french = await catalog.Client.GetDocumentAsync("/fr/meetings?q=nothing-matches-this");
        var (status, arabic) = await catalog.Client.GetPageAsync("/ar/meetings?year=abc");

        Assert.StartsWith("0 réunion correspond", french.QuerySelector("#results-heading")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("rtl", arabic.DocumentElement.GetAttribute("dir"));
        Assert.Contains("يجب أن تكون", arabic.QuerySelector("#f-year-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutputCache_KeepsOneCopyPerLanguage()
    {
        var english = await catalog.Client.GetStringAsync("/meetings?year=2005");
        var french = await catalog.Client.GetStringAsync("/fr/meetings?year=2005");
        var englishAgain = await catalog.Client.GetStringAsync("/meetings?year=2005");

        Assert.Contains("lang=\"fr\"", french, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\"", englishAgain, StringComparison.Ordinal);
        Assert.Equal(english, englishAgain);
    }

    [Fact]
    public async Task Feeds_InFrench_HaveFrenchTitlesAndAddresses()
    {
        var atom = await catalog.Client.GetStringAsync("/fr/meetings.atom?year=2004");
        var calendar = await catalog.Client.GetStringAsync("/fr/meetings.ics");

        Assert.Contains("xml:lang=\"fr\"", atom, StringComparison.Ordinal);
        Assert.Contains("Réunions du SMSI (year 2004) · WsisEvents", atom, StringComparison.Ordinal);
        Assert.Contains("/fr/meetings/", atom, StringComparison.Ordinal);
        Assert.Contains("X-WR-CALNAME:Réunions du SMSI · WsisEvents", calendar, StringComparison.Ordinal);
    }
}
