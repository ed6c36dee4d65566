using System.IO.Compression;
using System.Text.Json;

namespace WsisEvents.Web.Tests.Caching;

/// <summary>Public pages come from the output cache, keyed by what changes them, compressed per encoding.</summary>
public sealed class OutputCacheTests(OutputCacheTests.Catalog catalog) : IClassFixture<OutputCacheTests.Catalog>
{
    private const string Slug = "wsis-thematic-meeting-on-countering-spam-2004";

    private HttpClient Client => catalog.Client;

    private SqlCommandCounter Commands => catalog.Factory.Commands;

    public static TheoryData<string> CachedAddresses => new()
    {
        "/",
        "/meetings",
        "/meetings?theme=c5-confidence-and-security&year=2004",
        "/meetings?q=spam",
        $"/meetings/{Slug}",
        "/themes",
        "/themes/c5-confidence-and-security",
        "/organizations",
        "/organizations/itu",
        "/api/meetings?year=2005",
        $"/api/meetings/{Slug}",
        "/api/organizations?q=unesco",
        "/api/themes",
        "/meetings.ics?year=2005",
        "/meetings.atom",
        "/meetings.csv",
        "/sitemap.xml",
        "/sitemaps/meetings-1.xml",
    };

    [Theory]
    [MemberData(nameof(CachedAddresses))]
    public async Task SecondRequest_IsServedFromTheCacheWithoutASqlCommand(string url)
    {
        var first = await GetTextAsync(url);

        string second = "";
        var commands = await Commands.CountAsync(async () => second = await GetTextAsync(url));

        Assert.Equal(0, commands);
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("/meetings?year=2004", "/meetings?year=2005")]
    [InlineData("/meetings?q=spam", "/meetings?q=Spam")]
    [InlineData("/api/meetings?page=1&pageSize=5", "/api/meetings?page=2&pageSize=5")]
    [InlineData("/organizations?kind=UnBody", "/organizations?kind=Ngo")]
    public async Task ParametersThatMatter_HaveEntriesOfTheirOwn(string one, string other)
    {
        await GetTextAsync(one);

        var commands = await Commands.CountAsync(() => GetTextAsync(other));

        Assert.NotEqual(0, commands);
    }

    [Theory]
    [InlineData("/meetings", "/meetings?utm_source=newsletter")]
    [InlineData($"/meetings/{Slug}", $"/meetings/{Slug}?ref=1")]
    [InlineData("/meetings?year=2005", "/meetings?YEAR=2005")]
    public async Task ParametersThatDoNotMatter_ShareTheEntry(string one, string other)
    {
        var first = await GetTextAsync(one);

        string second = "";
        var commands = await Commands.CountAsync(async () => second = await GetTextAsync(other));

        Assert.Equal(0, commands);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task TheLoginForm_IsNeverCached()
    {
        // Without cookies, as a new visitor: each answer sets a fresh antiforgery cookie and token.
        using var client = catalog.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });

        var tokens = new List<string>();
        foreach (var _ in new[] { "first", "second" })
        {
            using var response = await client.GetAsync("/account/login");
            Assert.Contains(response.Headers, h => h.Key == "Set-Cookie");
            var page = await response.ReadDocumentAsync();
            tokens.Add(page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!);
        }

        Assert.NotEqual(tokens[0], tokens[1]);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task PublicPages_AreCompressedAndCachedPerEncoding(string encoding)
    {
        var plain = await GetTextAsync("/meetings");

        foreach (var _ in new[] { "first", "from the cache" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/meetings");
            request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
            using var response = await Client.SendAsync(request);

            Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
            Assert.Equal(plain, await DecompressAsync(await response.Content.ReadAsByteArrayAsync(), encoding));
        }
    }

    [Fact]
    public async Task TheLoginForm_IsNotCompressed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    /// <summary>The test host serves static files as in development, without caching headers (so that edits show),
    /// so the headers a published site sends are read from the build's static asset manifest.</summary>
    [Fact]
    public async Task Stylesheets_HaveFingerprintedAddressesThatPublishedSitesCacheForAYear()
    {
        var page = await Client.GetDocumentAsync("/meetings");
        var stylesheets = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "WsisEvents.Web.staticwebassets.endpoints.json")));

        Assert.Equal(2, stylesheets.Count);
        foreach (var href in stylesheets)
        {
            Assert.Matches(@"^/(lib/bootstrap/dist/css/bootstrap\.min|css/site)\.[a-z0-9]{6,}\.css$", href);
            using var response = await Client.GetAsync(href);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
            var endpoints = manifest.RootElement.GetProperty("Endpoints").EnumerateArray().Where(e => "/" + e.GetProperty("Route").GetString() == href).ToList();
            Assert.NotEmpty(endpoints);
            Assert.All(endpoints, e => Assert.Contains(e.GetProperty("ResponseHeaders").EnumerateArray(),
                h => h.GetProperty("Name").GetString() == "Cache-Control" && h.GetProperty("Value").GetString() == "max-age=31536000, immutable"));
        }
    }

    private async Task<string> GetTextAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<string> DecompressAsync(byte[] body, string encoding)
    {
        await using Stream decompressor = encoding == "br"
            ? new BrotliStream(new MemoryStream(body), CompressionMode.Decompress)
            : new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
        using var reader = new StreamReader(decompressor);
        return await reader.ReadToEndAsync();
    }

    /// <summary>A catalog that nothing writes to while these tests read, with a SQL command counter.</summary>
    public sealed class Catalog : SeededCatalog<CountingCatalogFactory>;
}
