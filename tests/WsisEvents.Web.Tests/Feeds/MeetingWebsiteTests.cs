using System.Text.Json;

namespace WsisEvents.Web.Tests.Feeds;

/// <summary>A meeting's website, set in the admin form, reaches its page, the API, its calendar entry and its
/// structured data; anything but an http or https address is refused.</summary>
public sealed class MeetingWebsiteTests : SignedInCatalog
{
    private const string Online = "online-forum-on-intellectual-property-in-the-information-society-2005";
    private const string Website = "https://www.wipo.int/meetings/en/2005/wsis_forum/";

    private async Task<HttpResponseMessage> SaveWebsiteAsync(string slug, string website)
    {
        var id = await Factory.WithDbAsync(db => db.Meetings.Where(m => m.Slug == slug).Select(m => m.Id).SingleAsync());
        var form = await Admin.GetFormAsync($"/admin/meetings/{id}/edit");
        return await Admin.PostFormAsync(form.Set("Website", website));
    }

    [Fact]
    public async Task AnOnlineMeetingsWebsite_IsItsUrlAndWhereItIsJoined()
    {
        using var saved = await SaveWebsiteAsync(Online, Website);
        using var client = Factory.CreateClient();

        var page = await client.GetDocumentAsync($"/meetings/{Online}");
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var calendar = await client.GetCalendarAsync($"/meetings/{Online}.ics");
        var api = await client.GetJsonAsync($"/api/meetings/{Online}");

        saved.AssertRedirectsTo("/admin/meetings");
        Assert.Equal(Website, json.RootElement.GetProperty("url").GetString());
        Assert.Equal(Website, json.RootElement.GetProperty("location").GetProperty("url").GetString());
        Assert.Equal(Website, Assert.Single(calendar.Events).Url!.OriginalString);
        Assert.Equal(Website, api.GetProperty("website").GetString());
        Assert.Equal(Website, page.QuerySelector($".meeting-facts a[href='{Website}']")?.TextContent);
    }

    [Fact]
    public async Task AMeetingWithoutAWebsite_KeepsItsPageAsUrl()
    {
        using var client = Factory.CreateClient();

        var calendar = await client.GetCalendarAsync($"/meetings/{Online}.ics");
        var api = await client.GetJsonAsync($"/api/meetings/{Online}");

        Assert.Equal($"http://localhost/meetings/{Online}", Assert.Single(calendar.Events).Url!.OriginalString);
        Assert.Equal(JsonValueKind.Null, api.GetProperty("website").ValueKind);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://ftp.wipo.int/")]
    [InlineData("www.wipo.int")]
    public async Task AWebsiteThatIsNotAnHttpAddress_IsRefusedWithAMessage(string website)
    {
        using var response = await SaveWebsiteAsync(Online, website);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("https:// or http://", (await response.ReadDocumentAsync()).QuerySelector(".alert-danger li")!.TextContent, StringComparison.Ordinal);
        Assert.Null(await Factory.WithDbAsync(db => db.Meetings.Where(m => m.Slug == Online).Select(m => m.Website).SingleAsync()));
    }

    [Fact]
    public async Task TheWebsite_IsKeptInTheHistory()
    {
        using var saved = await SaveWebsiteAsync(Online, Website);

        var record = await Factory.WithDbAsync(db => db.ChangeRecords.OrderBy(c => c.Id).LastAsync());

        Assert.Contains($"\"website\":\"{Website}\"", record.After, StringComparison.Ordinal);
    }
}
