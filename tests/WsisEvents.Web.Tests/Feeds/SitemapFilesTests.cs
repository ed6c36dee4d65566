using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using static WsisEvents.Web.Tests.Feeds.FeedResponses;

namespace WsisEvents.Web.Tests.Feeds;

/// <summary>The seeded catalog with sitemap files of <see cref="UrlsPerFile"/> addresses, so that its meetings fill
/// several files as a large catalog's do.</summary>
public sealed class SmallSitemapFilesFactory : CatalogFactory
{
    public const int UrlsPerFile = 10;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Sitemaps:UrlsPerFile", UrlsPerFile.ToString(CultureInfo.InvariantCulture));
    }
}

/// <summary>The sitemap index and its files when the meetings need several: each file within its size, every page
/// in exactly one file, files that keep their meetings when others are deleted, and a 404 for a file the index does
/// not name. Each test has a catalog of its own, since one deletes.</summary>
public sealed class SitemapFilesTests : SeededCatalog<SmallSitemapFilesFactory>
{
    [Fact]
    public async Task Meetings_FillFilesOfAtMostTheSetSize_EachMeetingInOneFile_EachFileDatedByItsLatestMeeting()
    {
        var meetings = await Factory.WithDbAsync(db => db.Meetings.Select(m => new { m.Id, m.Slug }).ToListAsync());
        var parts = meetings.Select(m => (m.Id - 1) / SmallSitemapFilesFactory.UrlsPerFile + 1).Distinct().Order().ToList();
        Assert.True(parts.Count >= 3, $"{meetings.Count} meetings fill {parts.Count} files");

        var (files, _) = await Client.GetSitemapAsync("/sitemap.xml");
        var meetingFiles = files.Select(f => f.Element(SitemapNs + "loc")!.Value).Where(l => l.Contains("/sitemaps/meetings-", StringComparison.Ordinal)).ToList();

        Assert.Equal(parts.Select(p => $"http://localhost/sitemaps/meetings-{p}.xml"), meetingFiles);
        var listed = new List<string>();
        foreach (var file in files.Where(f => meetingFiles.Contains(f.Element(SitemapNs + "loc")!.Value)))
        {
            var urls = await Client.GetSitemapFileAsync(new Uri(file.Element(SitemapNs + "loc")!.Value).PathAndQuery);
            Assert.InRange(urls.Count, 1, SmallSitemapFilesFactory.UrlsPerFile);
            listed.AddRange(urls.Select(u => u.Element(SitemapNs + "loc")!.Value));
            Assert.Equal(urls.Max(u => Date(u)), Date(file));
        }

        Assert.Equal(meetings.Select(m => $"http://localhost/meetings/{m.Slug}").Order(), listed.Order());
    }

    [Fact]
    public async Task OtherLanguages_NameTheirOwnFiles_WhichListTheSameMeetingsInTheirLanguage()
    {
        var english = await Client.GetSitemapFileAsync("/sitemaps/meetings-2.xml");
        var (files, pages) = await Client.GetSitemapAsync("/es/sitemap.xml");

        Assert.Contains(files, f => f.Element(SitemapNs + "loc")!.Value == "http://localhost/es/sitemaps/meetings-2.xml");
        var spanish = await Client.GetSitemapFileAsync("/es/sitemaps/meetings-2.xml");
        Assert.Equal(
            english.Select(u => u.Element(SitemapNs + "loc")!.Value.Replace("http://localhost/", "http://localhost/es/", StringComparison.Ordinal)),
            spanish.Select(u => u.Element(SitemapNs + "loc")!.Value));
        Assert.Equal((await Client.GetSitemapAsync("/sitemap.xml")).Pages.Count, pages.Count);
    }

    [Fact]
    public async Task DeletingEveryMeetingOfAFile_DropsThatFile_AndLeavesTheOthersAsTheyWere()
    {
        var third = await Client.GetSitemapFileAsync("/sitemaps/meetings-3.xml");
        await Factory.WithDbAsync(async db =>
        {
            db.Meetings.RemoveRange(await db.Meetings.Where(m => m.Id > SmallSitemapFilesFactory.UrlsPerFile && m.Id <= 2 * SmallSitemapFilesFactory.UrlsPerFile).ToListAsync());
            return await db.SaveChangesAsync();
        });

        var (files, _) = await Client.GetSitemapAsync("/sitemap.xml");
        var locs = files.Select(f => f.Element(SitemapNs + "loc")!.Value).ToList();

        Assert.DoesNotContain("http://localhost/sitemaps/meetings-2.xml", locs);
        Assert.Contains("http://localhost/sitemaps/meetings-1.xml", locs);
        Assert.Contains("http://localhost/sitemaps/meetings-3.xml", locs);
        using var gone = await Client.GetAsync("/sitemaps/meetings-2.xml");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(
            third.Select(u => u.Element(SitemapNs + "loc")!.Value),
            (await Client.GetSitemapFileAsync("/sitemaps/meetings-3.xml")).Select(u => u.Element(SitemapNs + "loc")!.Value));
    }

    [Theory]
    [InlineData("/sitemaps/meetings-0.xml")]
    [InlineData("/sitemaps/meetings--1.xml")]
    [InlineData("/sitemaps/meetings-99.xml")]
    [InlineData("/sitemaps/meetings-2147483647.xml")]
    [InlineData("/fr/sitemaps/organizations-99.xml")]
    public async Task FileTheIndexDoesNotName_IsA404SayingWhereTheFilesAreNamed(string address)
    {
        using var response = await Client.GetAsync(address);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("/sitemap.xml names its files", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/sitemaps/meetings-x.xml")]
    [InlineData("/sitemaps/meetings-99999999999.xml")]
    [InlineData("/sitemaps/themes-1.xml")]
    public async Task AddressThatIsNoFile_IsA404(string address)
    {
        using var response = await Client.GetAsync(address);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static DateTime Date(XElement entry) =>
        DateTime.Parse(entry.Element(SitemapNs + "lastmod")!.Value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
}
