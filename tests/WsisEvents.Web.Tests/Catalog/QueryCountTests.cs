using WsisEvents.Web.Tests.Cli;

namespace WsisEvents.Web.Tests.Catalog;

/// <summary>No query per row: a page of 200 meetings costs the same SQL commands as a page of 10.</summary>
public sealed class QueryCountTests(QueryCountTests.SampleCatalog catalog) : IClassFixture<QueryCountTests.SampleCatalog>
{
    /// <summary>Validation (a slug to resolve), the matches counted by month (count and timeline), the page's ids, then
    /// its meetings, organizers and Action Lines.</summary>
    private const int MostCommandsPerList = 6;

    [Theory]
    [InlineData("/meetings?")]
    [InlineData("/meetings?sort=newest&")]
    [InlineData("/meetings?theme=c7-ict-applications&")]
    [InlineData("/meetings?organizer=itu&")]
    [InlineData("/meetings?q=information%20society&")]
    [InlineData("/api/meetings?")]
    [InlineData("/api/meetings?category=wsis-thematic-meetings&")]
    public async Task APageOf200_CostsTheSameCommandsAsAPageOf10(string list)
    {
        // Once, so that what the site keeps in memory for all pages (the filter's choices, the whole catalog's
        // order) is loaded before counting.
        await GetAsync(list + "pageSize=11");

        var ten = await catalog.Factory.Commands.CountAsync(() => GetAsync(list + "pageSize=10", expectedRows: 10));
        var twoHundred = await catalog.Factory.Commands.CountAsync(() => GetAsync(list + "pageSize=200", expectedRows: 200));

        Assert.Equal(ten, twoHundred);
        Assert.InRange(ten, 1, MostCommandsPerList);
    }

    [Fact]
    public async Task AMeetingPage_LoadsItsRelatedMeetingsTogether()
    {
        const string Url = "/meetings/wsis-thematic-meeting-on-cybersecurity-2005";
        await GetAsync("/meetings?pageSize=11");

        var commands = await catalog.Factory.Commands.CountAsync(async () =>
        {
            var page = await catalog.Client.GetDocumentAsync(Url);
            Assert.True(page.MeetingSlugs("section[aria-labelledby=related]").Count >= 6);
        });

        // The meeting; the ids of each related group (references, organizers before and after, Action Lines before
        // and after); then every meeting shown, in three queries; then the meeting's outcome documents, in one.
        Assert.InRange(commands, 1, 10);
    }

    [Fact]
    public async Task NewestFirst_FromMemory_IsTheOrderSqlGives()
    {
        // The whole catalog newest first is derived from the cached oldest-first order; a filter that keeps every
        // meeting takes the SQL path.
        var fromMemory = await SlugsAsync("/api/meetings?sort=newest&pageSize=200&page=2");
        var fromSql = await SlugsAsync("/api/meetings?sort=newest&pageSize=200&page=2&from=1900-01-01");

        Assert.Equal(200, fromMemory.Count);
        Assert.Equal(fromSql, fromMemory);
    }

    private async Task<List<string>> SlugsAsync(string url)
    {
        var page = await catalog.Client.GetJsonAsync(url);
        return [.. page.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("slug").GetString()!)];
    }

    private async Task GetAsync(string url, int? expectedRows = null)
    {
        if (url.StartsWith("/api/", StringComparison.Ordinal))
        {
            var page = await catalog.Client.GetJsonAsync(url);
            Assert.True(expectedRows is null || page.GetProperty("items").GetArrayLength() == expectedRows, url);
        }
        else
        {
            var page = await catalog.Client.GetDocumentAsync(url);
            Assert.True(expectedRows is null || page.MeetingSlugs().Count == expectedRows, url);
        }
    }

    /// <summary>The seed catalog and 1,500 generated meetings, enough for pages of 200 under any of these filters.</summary>
    public sealed class SampleCatalog : IAsyncLifetime
    {
        public CountingCatalogFactory Factory { get; } = new();

        public HttpClient Client { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Client = Factory.CreateClient();
            var (exit, _, stderr) = await GenerateSampleCommandTests.RunAsync(Factory, "--meetings", "1500", "--seed", "11");
            Assert.True(exit == 0, stderr);
        }

        public async Task DisposeAsync()
        {
            Client.Dispose();
            await Factory.DisposeAsync();
        }
    }
}
