namespace WsisEvents.Web.Tests.Api;

public class SiteTests(SeededCatalog catalog) : IClassFixture<SeededCatalog>
{
    [Fact]
    public async Task Health_Is200OnceTheDatabaseIsMigratedAndSeeded()
    {
        using var response = await catalog.Client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HomePage_SaysWhatTheCatalogHolds()
    {
        var html = await catalog.Client.GetStringAsync("/");

        Assert.Contains($"{SeedData.Meetings} meetings", html, StringComparison.Ordinal);
        Assert.Contains("C5: Building confidence and security in the use of ICTs", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPage_Is404PageWithoutInternals()
    {
        using var response = await catalog.Client.GetAsync("/no/such/page");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownApiPath_Is404ProblemDetails()
    {
        using var response = await catalog.Client.GetAsync("/api/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/meetings?year=2005")]
    [InlineData("/meetings.ics")]
    [InlineData("/meetings.atom")]
    [InlineData("/api/meetings")]
    [InlineData("/sitemap.xml")]
    public async Task Head_AnswersLikeGetWithoutABody(string url)
    {
        using var get = await catalog.Client.GetAsync(url);
        using var head = await catalog.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.NotEmpty(await get.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Head_OnAMissingPage_Is404()
    {
        using var head = await catalog.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/meetings/no-such-meeting"));

        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
    }
}
