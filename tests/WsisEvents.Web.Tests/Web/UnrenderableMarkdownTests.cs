namespace WsisEvents.Web.Tests.Web;

/// <summary>A description that Markdig refuses to parse (64 list markers on one line pass a count of nesting that
/// looks only at the first) is refused when saved, and one already stored never takes a page or feed down.</summary>
public sealed class UnrenderableMarkdownTests : SignedInCatalog
{
    private const string Slug = "asia-media-summit-2005";
    private static readonly string NestedMarkers = string.Concat(Enumerable.Repeat("- ", 64)) + "x";

    [Theory]
    [InlineData("- ")]
    [InlineData("* ")]
    [InlineData("+ ")]
    [InlineData("1. ")]
    public async Task SavingAMeetingWithNestedListMarkers_IsRefusedWithAMessage(string marker)
    {
        var id = await Factory.WithDbAsync(db => db.Meetings.Where(m => m.Slug == Slug).Select(m => m.Id).SingleAsync());
        var form = await Admin.GetFormAsync($"/admin/meetings/{id}/edit");

        using var response = await Admin.PostFormAsync(form.Set("Description", string.Concat(Enumerable.Repeat(marker, 64)) + "x"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("levels deep", (await response.ReadDocumentAsync()).QuerySelector(".alert-danger li")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("- - -", await Factory.WithDbAsync(db => db.Meetings.Where(m => m.Id == id).Select(m => m.Description).SingleAsync()) ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task SavingAnOrganizationWithNestedListMarkers_IsRefusedWithAMessage()
    {
        var id = await Factory.WithDbAsync(db => db.Organizations.Where(o => o.Slug == "asbu").Select(o => o.Id).SingleAsync());
        var form = await Admin.GetFormAsync($"/admin/organizations/{id}/edit");

        using var response = await Admin.PostFormAsync(form.Set("Description", NestedMarkers));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("levels deep", (await response.ReadDocumentAsync()).QuerySelector(".alert-danger li")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePreviewOfNestedListMarkers_IsAMessageNotA500()
    {
        var token = (await Admin.GetFormAsync("/admin/meetings/create")).Get("__RequestVerificationToken")!;

        using var response = await Admin.PostAsync("/admin/markdown/preview", new FormUrlEncodedContent([new("markdown", NestedMarkers), new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("levels deep", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/meetings/" + Slug)]
    [InlineData("/meetings/" + Slug + ".ics")]
    [InlineData("/meetings.ics")]
    [InlineData("/meetings.atom")]
    [InlineData("/organizations/asbu")]
    public async Task AStoredDescriptionTheRendererRefuses_LeavesEveryPageAndFeedWorking(string url)
    {
        await StoreNestedMarkersAsync();

        using var response = await Factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("- - - -", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStoredDescriptionTheRendererRefuses_StillOpensInTheAdminForm()
    {
        await StoreNestedMarkersAsync();
        var id = await Factory.WithDbAsync(db => db.Meetings.Where(m => m.Slug == Slug).Select(m => m.Id).SingleAsync());

        using var response = await Admin.GetAsync($"/admin/meetings/{id}/edit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("- - - -", (await response.ReadDocumentAsync()).QuerySelector("textarea[name=Description]")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>Written past the form's check, as text stored before the check existed would be; the organization's
    /// description too, since its page renders it.</summary>
    private Task<int> StoreNestedMarkersAsync() => Factory.WithDbAsync(async db =>
    {
        (await db.Meetings.SingleAsync(m => m.Slug == Slug)).Description = NestedMarkers;
        (await db.Organizations.SingleAsync(o => o.Slug == "asbu")).Description = NestedMarkers;
        return await db.SaveChangesAsync();
    });
}
