using WsisEvents.Web.Domain;

namespace WsisEvents.Web.Tests.Admin;

public sealed class MeetingEditingTests : SignedInCatalog
{
    private Task<int> IdOfAsync(string slug) => Factory.WithDbAsync(db => db.Meetings.Where(m => m.Slug == slug).Select(m => m.Id).SingleAsync());

    private async Task<Forms.FormPost> NewMeetingFormAsync(string title = "Regional Workshop on Cybersecurity")
    {
        var form = await Admin.GetFormAsync("/admin/meetings/create");
        var category = await Factory.WithDbAsync(db => db.Categories.Where(c => c.Slug == "wsis-thematic-meetings").Select(c => c.Id).SingleAsync());
        var itu = await Factory.WithDbAsync(db => db.Organizations.Where(o => o.Slug == "itu").Select(o => o.Id).SingleAsync());
        var c5 = await Factory.WithDbAsync(db => db.Themes.Where(t => t.Code == "C5").Select(t => t.Id).SingleAsync());
        return form.Set("Title", title).Set("DatePrecision", "Day").Set("Start", "2006-03-14").Set("End", "2006-03-16")
            .Set("City", "Doha").Set("Country", "Qatar").Set("CategoryId", category.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Set("OrganizerIds[0]", itu.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Add("ThemeIds", c5.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Set("Description", "A workshop on **cybersecurity** for the Arab region. See [ITU](https://www.itu.int).");
    }

    [Fact]
    public async Task CreatingAMeeting_RedirectsWithAConfirmation_AndTheMeetingIsOnThePublicList()
    {
        using var response = await Admin.PostFormAsync(await NewMeetingFormAsync());

        response.AssertRedirectsTo("/admin/meetings");
        var list = await Admin.GetDocumentAsync("/admin/meetings");
        Assert.Contains("was added", list.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        var publicList = await Factory.CreateClient().GetDocumentAsync("/meetings?year=2006");
        Assert.Equal(["regional-workshop-on-cybersecurity-2006"], publicList.MeetingSlugs());
        var page = await Factory.CreateClient().GetDocumentAsync("/meetings/regional-workshop-on-cybersecurity-2006");
        Assert.Equal("cybersecurity", page.QuerySelector(".meeting-description strong")!.TextContent);
        Assert.Contains("14–16 March 2006", page.QuerySelector(".meeting-facts")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditingAMeeting_IsRecordedInTheHistoryWithBeforeAndAfter()
    {
        var id = await IdOfAsync("asia-media-summit-2005");
        var form = await Admin.GetFormAsync($"/admin/meetings/{id}/edit");

        using var response = await Admin.PostFormAsync(form.Set("Title", "Asia Media Summit 2005").Set("City", "Kuala Lumpur, Putrajaya"));

        response.AssertRedirectsTo("/admin/meetings");
        var record = await Factory.WithDbAsync(db => db.ChangeRecords.SingleAsync(c => c.EntityType == "Meeting" && c.EntityId == id));
        Assert.Equal(ChangeAction.Updated, record.Action);
        Assert.Equal(AdminCatalogFactory.AdminEmail, record.UserName);
        Assert.Contains("\"title\":\"Asia Media Summit\"", record.Before, StringComparison.Ordinal);
        Assert.Contains("\"title\":\"Asia Media Summit 2005\"", record.After, StringComparison.Ordinal);
        var history = await Admin.GetDocumentAsync($"/admin/history?type=Meeting&id={id}");
        Assert.Single(history.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task AFieldWithANulCharacter_Is400_AndChangesNothing()
    {
        var id = await IdOfAsync("asia-media-summit-2005");
        var form = await Admin.GetFormAsync($"/admin/meetings/{id}/edit");
        form.Set("Title", "Asia Media\0 Summit");
        var before = await DatabaseSnapshot.TakeAsync(Factory.Database);

        // URL-encoded, as a browser sends it: ASP.NET Core's form reader refuses %00 before any action runs.
        using var encoded = await Admin.PostFormAsync(form);

        // Multipart, whose fields are raw bytes: the NUL reaches model binding, and the form filter refuses it.
        using var multipart = new MultipartFormDataContent();
        foreach (var (name, value) in form.Fields)
        {
            multipart.Add(new StringContent(value), name);
        }

        using var raw = await Admin.PostAsync(form.Action, multipart);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, encoded.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, raw.StatusCode);
        Assert.Contains("the field Title holds a NUL character", await raw.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(Factory.Database));
    }

    [Fact]
    public async Task AnEarlierVersion_CanBeRestored()
    {
        var id = await IdOfAsync("asia-media-summit-2005");
        var form = await Admin.GetFormAsync($"/admin/meetings/{id}/edit");
        (await Admin.PostFormAsync(form.Set("Title", "A wrong title").Remove("OrganizerIds[1]").Remove("OrganizerIds[2]"))).Dispose();
        var recordId = await Factory.WithDbAsync(db => db.ChangeRecords.Where(c => c.EntityId == id && c.EntityType == "Meeting").Select(c => c.Id).SingleAsync());
        var restoreForm = (await Admin.GetFormAsync($"/admin/history/{recordId}", "form[action$='/restore']"));

        using var response = await Admin.PostFormAsync(restoreForm);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var meeting = await Factory.WithDbAsync(db => db.Meetings.Include(m => m.Organizers).SingleAsync(m => m.Id == id));
        Assert.Equal("Asia Media Summit", meeting.Title);
        Assert.Equal(3, meeting.Organizers.Count);
        Assert.Equal(2, await Factory.WithDbAsync(db => db.ChangeRecords.CountAsync(c => c.EntityId == id && c.EntityType == "Meeting")));
    }

    [Fact]
    public async Task ADeletedMeeting_CanBeRestoredUnderItsOldAddress()
    {
        var id = await IdOfAsync("asia-media-summit-2005");
        var confirm = await Admin.GetFormAsync($"/admin/meetings/{id}/delete");
        using var deleted = await Admin.PostFormAsync(confirm);
        deleted.AssertRedirectsTo("/admin/meetings");
        Assert.Equal(HttpStatusCode.NotFound, (await Factory.CreateClient().GetAsync("/meetings/asia-media-summit-2005")).StatusCode);
        var recordId = await Factory.WithDbAsync(db => db.ChangeRecords.Where(c => c.EntityId == id && c.Action == ChangeAction.Deleted).Select(c => c.Id).SingleAsync());

        var restore = await Admin.GetFormAsync($"/admin/history/{recordId}", "form[action$='/restore']");
        using var restored = await Admin.PostFormAsync(restore);

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        var page = await Factory.CreateClient().GetDocumentAsync("/meetings/asia-media-summit-2005");
        Assert.Equal(3, page.QuerySelectorAll(".meeting-facts a[href^='/organizations/']").Length);
        Assert.Equal(id, await IdOfAsync("asia-media-summit-2005"));
    }

    [Fact]
    public async Task TwoEditorsSavingTheSameMeeting_OneSucceedsAndTheOtherIsToldAndSeesBothVersions()
    {
        var id = await IdOfAsync("asia-media-summit-2005");
        using var other = await Factory.AdminAsync();
        var mine = await Admin.GetFormAsync($"/admin/meetings/{id}/edit");
        var theirs = await other.GetFormAsync($"/admin/meetings/{id}/edit");

        using var first = await other.PostFormAsync(theirs.Set("Title", "Their title"));
        using var second = await Admin.PostFormAsync(mine.Set("Title", "My title"));

        first.AssertRedirectsTo("/admin/meetings");
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var page = await second.ReadDocumentAsync();
        var conflict = page.QuerySelector("section[aria-labelledby=conflict-heading]")!;
        Assert.Contains(AdminCatalogFactory.AdminEmail, conflict.TextContent, StringComparison.Ordinal);
        var titleRow = conflict.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Title");
        Assert.Equal(["Their title", "My title"], titleRow.QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Equal("Their title", (await Factory.WithDbAsync(db => db.Meetings.SingleAsync(m => m.Id == id))).Title);

        var again = Forms.Read((AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("form.meeting-form")!, $"/admin/meetings/{id}/edit");
        using var keepMine = await Admin.PostFormAsync(again);
        keepMine.AssertRedirectsTo("/admin/meetings");
        Assert.Equal("My title", (await Factory.WithDbAsync(db => db.Meetings.SingleAsync(m => m.Id == id))).Title);
    }

    public static TheoryData<string, string, string> InvalidInputs => new()
    {
        { "Title", "", "Title" },
        { "Start", "2006-03-20", "End" },
        { "Start", "14 March 2006", "Start" },
        { "Start", "2006-02-30", "Start" },
        { "OrganizerIds[0]", "999999", "OrganizerIds" },
        { "CategoryId", "", "CategoryId" },
        { "CategoryId", "999999", "CategoryId" },
        { "DatePrecision", "Fortnight", "DatePrecision" },
        { "Slug", "Not A Slug!", "Slug" },
        { "Title", new string('t', 301), "Title" },
    };

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public async Task InvalidInput_Is400WithTheMessageNextToItsField_AndNothingIsSaved(string field, string value, string errorField)
    {
        var before = await Factory.WithDbAsync(db => db.Meetings.CountAsync());
        var form = (await NewMeetingFormAsync()).Set(field, value);

        using var response = await Admin.PostFormAsync(form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        var fieldElement = page.QuerySelector($"[name='{errorField}']") ?? page.QuerySelector($"[name='{errorField}[0]']");
        Assert.NotNull(fieldElement);
        Assert.NotEmpty(page.QuerySelector(".alert-danger")!.TextContent.Trim());
        Assert.Equal(before, await Factory.WithDbAsync(db => db.Meetings.CountAsync()));
    }

    [Fact]
    public async Task MonthPrecision_RefusesADayAndAcceptsAMonth()
    {
        using var refused = await Admin.PostFormAsync((await NewMeetingFormAsync()).Set("DatePrecision", "Month").Set("Start", "2006-04-15").Set("End", ""));
        var message = (await refused.ReadDocumentAsync()).QuerySelector("#Start-error")!.TextContent;
        using var accepted = await Admin.PostFormAsync((await NewMeetingFormAsync()).Set("DatePrecision", "Month").Set("Start", "2006-04").Set("End", ""));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("known to a month only", message, StringComparison.Ordinal);
        accepted.AssertRedirectsTo("/admin/meetings");
        var meeting = await Factory.WithDbAsync(db => db.Meetings.SingleAsync(m => m.Title == "Regional Workshop on Cybersecurity"));
        Assert.Equal((new DateOnly(2006, 4, 1), new DateOnly(2006, 4, 30), DatePrecision.Month), (meeting.StartDate, meeting.EndDate, meeting.DatePrecision));
        var page = await Factory.CreateClient().GetDocumentAsync($"/meetings/{meeting.Slug}");
        Assert.Contains("April 2006", page.QuerySelector(".meeting-facts")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingOrganizer_IsCreatedFromTheForm()
    {
        var form = (await NewMeetingFormAsync()).Set("NewOrganizationName", "Qatar Information Technology Council").Set("NewOrganizationAcronym", "ictQATAR").Set("NewOrganizationKind", "Government");

        using var response = await Admin.PostFormAsync(form);

        response.AssertRedirectsTo("/admin/meetings");
        var meeting = await Factory.WithDbAsync(db => db.Meetings.Include(m => m.Organizers).ThenInclude(o => o.Organization)
            .SingleAsync(m => m.Title == "Regional Workshop on Cybersecurity"));
        Assert.Equal(["itu", "ictqatar"], meeting.Organizers.OrderBy(o => o.Position).Select(o => o.Organization!.Slug));
    }

    [Fact]
    public async Task Preview_RendersTheDescriptionWithoutSaving()
    {
        var form = (await NewMeetingFormAsync()).Set("Description", "Some *emphasis* <script>alert(1)</script>").Add("preview", "1");

        using var response = await Admin.PostFormAsync(form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = (await response.ReadDocumentAsync()).QuerySelector("#description-preview")!;
        Assert.Equal("emphasis", preview.QuerySelector("em")!.TextContent);
        Assert.Empty(preview.QuerySelectorAll("script"));
        Assert.False(await Factory.WithDbAsync(db => db.Meetings.AnyAsync(m => m.Title == "Regional Workshop on Cybersecurity")));
    }

    [Fact]
    public async Task LivePreviewEndpoint_UsesThePublicPipeline()
    {
        var token = (await Admin.GetFormAsync("/admin/meetings/create")).Get("__RequestVerificationToken")!;

        using var response = await Admin.PostAsync("/admin/markdown/preview", new FormUrlEncodedContent([new("markdown", "**b** [x](javascript:alert(1))"), new("__RequestVerificationToken", token)]));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<strong>b</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1_000_000)]
    [InlineData(0)]
    public async Task PathologicalDescription_IsAValidationMessageNotA500(int length)
    {
        var description = length > 0 ? new string('a', length) : string.Concat(Enumerable.Repeat("> ", 10_000)) + "deep";

        using var response = await Admin.PostFormAsync((await NewMeetingFormAsync()).Set("Description", description));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadDocumentAsync()).QuerySelector(".alert-danger li")!.TextContent);
    }
}
