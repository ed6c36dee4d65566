using System.Net.Http.Headers;

namespace WsisEvents.Web.Tests.Feeds;

/// <summary>Calendar programs poll; an unchanged feed is answered 304 without a body, a changed one 200.</summary>
public sealed class ConditionalRequestTests : SeededCatalog
{
    /// <summary>In every one of these: the Geneva meeting on cybersecurity of 2005.</summary>
    private const string Edited = "wsis-thematic-meeting-on-cybersecurity-2005";

    public static TheoryData<string> Feeds => new()
    {
        "/meetings.ics",
        "/meetings.ics?theme=c5-confidence-and-security&year=2005",
        $"/meetings/{Edited}.ics",
        "/meetings.atom?year=2005",
        "/meetings.csv?country=switzerland",
        "/sitemap.xml",
        "/sitemaps/meetings-1.xml",
        "/fr/sitemaps/pages.xml",
    };

    [Theory]
    [MemberData(nameof(Feeds))]
    public async Task Response_CarriesAStrongETagLastModifiedAndCaching(string url)
    {
        using var response = await Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.False(response.Headers.ETag.IsWeak);
        Assert.NotNull(response.Content.Headers.LastModified);
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromMinutes(5), response.Headers.CacheControl.MaxAge);
    }

    [Theory]
    [MemberData(nameof(Feeds))]
    public async Task IfNoneMatch_WithTheCurrentETag_Is304WithoutABody(string url)
    {
        var etag = (await GetAsync(url)).ETag;

        foreach (var sent in new[] { etag.Tag, "W/" + etag.Tag, "\"other\", " + etag.Tag, "*" })
        {
            using var response = await GetAsync(url, r => r.Headers.TryAddWithoutValidation("If-None-Match", sent));
            Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
            Assert.Empty(await response.Content.ReadAsByteArrayAsync());
            Assert.Equal(etag, response.Headers.ETag);
        }
    }

    [Theory]
    [MemberData(nameof(Feeds))]
    public async Task IfModifiedSince_TheLastModified_Is304AndEarlierIs200(string url)
    {
        var lastModified = (await GetAsync(url)).LastModified;

        using var unchanged = await GetAsync(url, r => r.Headers.IfModifiedSince = lastModified);
        using var earlier = await GetAsync(url, r => r.Headers.IfModifiedSince = lastModified.AddSeconds(-1));

        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, earlier.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Feeds))]
    public async Task IfNoneMatch_DecidesAloneWhenBothAreSent(string url)
    {
        var lastModified = (await GetAsync(url)).LastModified;

        using var response = await GetAsync(url, r =>
        {
            r.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"an-old-version\""));
            r.Headers.IfModifiedSince = lastModified;
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Feeds))]
    public async Task AfterAnEdit_TheETagChangesAndTheOldOneGets200(string url)
    {
        var before = await GetAsync(url);
        await Factory.WithDbAsync(async db =>
        {
            var meeting = await db.Meetings.SingleAsync(m => m.Slug == Edited);
            var latest = await db.Meetings.MaxAsync(m => m.UpdatedAt);
            meeting.UpdatedAt = latest.AddMinutes(10);
            return await db.SaveChangesAsync();
        });

        using var response = await GetAsync(url, r => r.Headers.IfNoneMatch.Add(before.ETag));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(before.ETag, response.Headers.ETag);
        Assert.True(response.Content.Headers.LastModified > before.LastModified);
    }

    /// <summary>A deletion leaves every remaining UpdatedAt as it was; the ETag still changes, by the count.</summary>
    [Theory]
    [InlineData("/meetings.ics")]
    [InlineData("/meetings.atom")]
    [InlineData("/meetings.csv?country=switzerland")]
    [InlineData("/sitemap.xml")]
    [InlineData("/sitemaps/meetings-1.xml")]
    public async Task AfterADeletion_TheETagChanges(string url)
    {
        var before = await GetAsync(url);
        await Factory.WithDbAsync(async db =>
        {
            var anyGeneva = await db.Meetings.Where(m => m.City == "Geneva" && m.Slug != Edited).OrderBy(m => m.Id).FirstAsync();
            db.Meetings.Remove(anyGeneva);
            return await db.SaveChangesAsync();
        });

        using var response = await GetAsync(url, r => r.Headers.IfNoneMatch.Add(before.ETag));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(before.ETag, response.Headers.ETag);
    }

    [Fact]
    public async Task FormatsAndFilters_HaveETagsOfTheirOwn()
    {
        var urls = new[]
        {
            "/meetings.ics", "/meetings.atom", "/meetings.csv", "/meetings.ics?year=2005", "/meetings.csv?sort=newest", "/sitemap.xml",
            "/fr/sitemap.xml", "/sitemaps/pages.xml", "/sitemaps/meetings-1.xml",
        };

        var etags = new List<string>();
        foreach (var url in urls)
        {
            etags.Add((await GetAsync(url)).ETag.Tag);
        }

        Assert.Equal(urls.Length, etags.Distinct().Count());
    }

    private async Task<(EntityTagHeaderValue ETag, DateTimeOffset LastModified)> GetAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response.Headers.ETag!, response.Content.Headers.LastModified!.Value);
    }

    private async Task<HttpResponseMessage> GetAsync(string url, Action<HttpRequestMessage> configure)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        configure(request);
        return await Client.SendAsync(request);
    }
}
