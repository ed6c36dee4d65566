namespace WsisEvents.Web.Tests.Web;

public sealed class MarkdownOnPagesTests : IAsyncLifetime
{
    private readonly CatalogFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task MeetingDescription_IsRenderedAsMarkdownWithoutLiveScript()
    {
        using var client = _factory.CreateClient();
        await _factory.WithDbAsync(async db =>
        {
            var meeting = await db.Meetings.SingleAsync(m => m.Slug == "asia-media-summit-2005");
            meeting.Description = "A **summit**. <script>alert('x')</script> [site](https://www.aibd.org.my) [bad](javascript:alert(1)) <img src=x onerror=alert(1)>";
            return await db.SaveChangesAsync();
        });

        var page = await client.GetDocumentAsync("/meetings/asia-media-summit-2005");

        var description = page.QuerySelector(".meeting-description")!;
        Assert.NotNull(description.QuerySelector("strong"));
        Assert.Empty(description.QuerySelectorAll("script, img, [onerror]"));
        Assert.Equal(["https://www.aibd.org.my"], description.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("<script>alert('x')</script>", description.TextContent, StringComparison.Ordinal);
    }
}
