namespace WsisEvents.Web.Tests.Reliability;

public sealed class SearchRateLimitTests : IAsyncLifetime
{
    private readonly CatalogFactory _factory = new() { SearchesPerMinute = 5 };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task ManySearchesFromOneClient_Get429WithRetryAfter_WhileBrowsingGoesOn()
    {
        using var client = _factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            using var response = await client.GetAsync($"/api/meetings?q=geneva{i}");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.NotNull(response.Headers.RetryAfter);
            }
        }

        using var browsing = await client.GetAsync("/meetings?year=2005");

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 5), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, browsing.StatusCode);
    }

    [Fact]
    public async Task TheSameSearchAgain_IsAnsweredFromTheCache_WithoutCountingAgainstTheLimit()
    {
        using var client = _factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            using var response = await client.GetAsync("/meetings?q=geneva");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, 7), statuses);
    }
}
