using System.Text.Json;
using WsisEvents.Web.Tests.Feeds;

namespace WsisEvents.Web.Tests.Documents;

/// <summary>The filter "has outcomes" means the same set of meetings on the list page, in the API and in the feeds;
/// the JSON-LD and the Atom entries carry the documents.</summary>
public class HasOutcomesFilterTests(SeededCatalog catalog) : IClassFixture<SeededCatalog>
{
    private async Task<List<string>> ExpectedSlugsAsync(bool has) => await catalog.Factory.WithDbAsync(db =>
        db.Meetings.Where(m => m.Outcomes.Any() == has).Select(m => m.Slug).ToListAsync());

    [Theory]
    [InlineData("yes", true)]
    [InlineData("no", false)]
    public async Task HasOutcomes_AgreesAcrossListApiAndFeeds(string value, bool has)
    {
        var expected = (await ExpectedSlugsAsync(has)).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);

        var page = await catalog.Client.GetDocumentAsync($"/meetings?pageSize=200&outcomes={value}");
        var api = await catalog.Client.GetJsonAsync($"/api/meetings?pageSize=200&outcomes={value}");
        var atom = await catalog.Client.GetAtomAsync($"/meetings.atom?outcomes={value}");
        var csv = await catalog.Client.GetCsvAsync($"/meetings.csv?outcomes={value}");
        var calendar = await catalog.Client.GetCalendarAsync($"/meetings.ics?outcomes={value}");

        Assert.Equal(expected, page.MeetingSlugs().Order(StringComparer.Ordinal));
        Assert.Equal(expected, api.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("slug").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(api.GetProperty("items").EnumerateArray(), m => Assert.Equal(has, m.GetProperty("hasOutcomes").GetBoolean()));
        Assert.Equal(expected, atom.Root!.Elements(FeedResponses.Atom + "entry")
            .Select(e => FeedResponses.SlugOf(e.Elements(FeedResponses.Atom + "link").First(l => (string?)l.Attribute("type") == "text/html").Attribute("href")!.Value))
            .Order(StringComparer.Ordinal));
        Assert.Equal(expected, csv.Skip(1).Select(r => r[0]).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Count, calendar.Events.Count);
        Assert.Contains(has ? "outcomes yes" : "outcomes no", atom.Root!.Element(FeedResponses.Atom + "title")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListRows_OfMeetingsWithOutcomes_CarryTheBadge()
    {
        var withOutcomes = await ExpectedSlugsAsync(true);
        var page = await catalog.Client.GetDocumentAsync("/meetings?pageSize=200");

        var badged = page.QuerySelectorAll(".meeting-row")
            .Where(r => r.QuerySelector(".outcomes-badge") is not null)
            .Select(r => FeedResponses.SlugOf(r.QuerySelector(".meeting-title a")!.GetAttribute("href")!))
            .Order(StringComparer.Ordinal);
        Assert.Equal(withOutcomes.Order(StringComparer.Ordinal), badged);
    }

    [Fact]
    public async Task HasOutcomes_BadValue_Is400WithItsMessage()
    {
        using var response = await catalog.Client.GetAsync("/api/meetings?outcomes=maybe");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync<JsonElement>();
        Assert.Equal("'outcomes' must be 'yes' or 'no'.", problem.GetProperty("errors").GetProperty("outcomes")[0].GetString());
        var (status, page) = await catalog.Client.GetPageAsync("/meetings?outcomes=maybe");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("'outcomes' must be 'yes' or 'no'.", page.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonLd_OfASummitEvent_FeaturesItsDocumentsWithTheirSymbols()
    {
        var page = await catalog.Client.GetDocumentAsync("/meetings/wsis-tunis-phase-2005");
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);

        var works = json.RootElement.GetProperty("workFeatured").EnumerateArray().ToList();
        Assert.Equal(["WSIS-05/TUNIS/DOC/7-E", "WSIS-05/TUNIS/DOC/6(Rev.1)-E"], works.Select(w => w.GetProperty("identifier").GetString()));
        Assert.All(works, w => Assert.Equal("CreativeWork", w.GetProperty("@type").GetString()));
        Assert.Contains("fr", works[0].GetProperty("inLanguage").EnumerateArray().Select(l => l.GetString()));
    }

    [Fact]
    public async Task AtomEntry_OfAMeetingWithALinkedVersion_LinksItAsRelatedAndListsTheDocuments()
    {
        await using var factory = new CatalogFactory();
        using var client = factory.CreateClient();
        await factory.WithDbAsync(async db =>
        {
            var vienna = await db.OutcomeDocuments.Include(d => d.Languages).SingleAsync(d => d.Title == "Vienna Declaration");
            vienna.Languages[0].Url = "https://example.org/vienna-declaration.pdf";
            vienna.Languages[0].StatedFormat = "application/pdf";
            vienna.Languages[0].StatedSize = 250_000;
            return await db.SaveChangesAsync();
        });

        var atom = await client.GetAtomAsync("/meetings.atom?outcomes=yes");
        var entry = atom.Root!.Elements(FeedResponses.Atom + "entry").Single(e => e.Element(FeedResponses.Atom + "title")!.Value == "World Summit Contributory Conference on ICT and Creativity");
        var related = Assert.Single(entry.Elements(FeedResponses.Atom + "link"), l => (string?)l.Attribute("rel") == "related");
        Assert.Equal("https://example.org/vienna-declaration.pdf", related.Attribute("href")!.Value);
        Assert.Equal("application/pdf", related.Attribute("type")!.Value);
        Assert.Equal("en", related.Attribute("hreflang")!.Value);
        Assert.Equal("250000", related.Attribute("length")!.Value);
        Assert.Contains("Vienna Declaration (Declaration)", entry.Element(FeedResponses.Atom + "content")!.Value, StringComparison.Ordinal);
    }
}
