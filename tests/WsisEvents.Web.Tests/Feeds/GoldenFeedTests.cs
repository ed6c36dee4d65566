using System.Text;

namespace WsisEvents.Web.Tests.Feeds;

/// <summary>Every format, on the seeded catalog with a pinned clock, against its expected output in Golden/.</summary>
public class GoldenFeedTests(PinnedClockCatalog catalog) : IClassFixture<PinnedClockCatalog>
{
    [Theory]
    [InlineData("/meetings.ics", "text/calendar", "meetings.ics")]
    [InlineData("/meetings.ics?theme=c5-confidence-and-security&year=2005", "text/calendar", "meetings-c5-2005.ics")]
    [InlineData("/meetings/asia-media-summit-2005.ics", "text/calendar", "asia-media-summit-2005.ics")]
    [InlineData("/meetings.atom", "application/atom+xml", "meetings.atom")]
    [InlineData("/meetings.csv", "text/csv", "meetings.csv")]
    [InlineData("/sitemap.xml", "application/xml", "sitemap.xml")]
    [InlineData("/sitemaps/pages.xml", "application/xml", "sitemap-pages.xml")]
    [InlineData("/sitemaps/meetings-1.xml", "application/xml", "sitemap-meetings-1.xml")]
    [InlineData("/fr/sitemaps/organizations-1.xml", "application/xml", "sitemap-organizations-1-fr.xml")]
    [InlineData("/robots.txt", "text/plain", "robots.txt")]
    public async Task Feed_MatchesItsGoldenFile(string url, string mediaType, string golden) =>
        Golden.AssertMatches(golden, await catalog.Client.GetBytesAsync(url, mediaType));

    [Theory]
    [InlineData("/meetings/wsis-10-high-level-event-2015", "wsis-10-high-level-event-2015.jsonld")]
    [InlineData("/meetings/online-forum-on-intellectual-property-in-the-information-society-2005", "online-forum-2005.jsonld")]
    [InlineData("/meetings/follow-up-meetings-of-the-conference-measuring-the-information-society-2005", "measuring-follow-up-2005.jsonld")]
    [InlineData("/organizations/uis", "uis.jsonld")]
    public async Task JsonLd_MatchesItsGoldenFile(string url, string golden)
    {
        var page = await catalog.Client.GetDocumentAsync(url);

        var script = Assert.Single(page.QuerySelectorAll("head script[type='application/ld+json']"));
        Golden.AssertMatches(golden, Encoding.UTF8.GetBytes(script.TextContent));
    }
}
