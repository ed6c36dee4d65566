using System.Text;
using WsisEvents.Web.Domain;

namespace WsisEvents.Web.Tests.Admin;

public sealed class DirectoryEditingTests : SignedInCatalog
{
    private Task<int> OrganizationIdAsync(string slug) => Factory.WithDbAsync(db => db.Organizations.Where(o => o.Slug == slug).Select(o => o.Id).SingleAsync());

    [Fact]
    public async Task AnOrganizationThatOrganizedMeetings_CannotVanish_AndTheConfirmationSaysWhy()
    {
        var id = await OrganizationIdAsync("unesco");

        var page = await Admin.GetDocumentAsync($"/admin/organizations/{id}/delete");
        using var forced = await Admin.PostAsync($"/admin/organizations/{id}/delete", new FormUrlEncodedContent(
            [new("version", "0"), new("__RequestVerificationToken", (await Admin.GetFormAsync($"/admin/organizations/{id}/edit")).Get("__RequestVerificationToken")!)]));

        Assert.Contains("It organized the meeting “Multilingualism for Cultural Diversity", page.QuerySelector(".alert-warning")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("“UNESCO Institute for Statistics” is one of its sub-bodies", page.QuerySelector(".alert-warning")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main form button.btn-danger"));
        Assert.Equal(HttpStatusCode.Redirect, forced.StatusCode);
        Assert.True(await Factory.WithDbAsync(db => db.Organizations.AnyAsync(o => o.Id == id)));
    }

    [Fact]
    public async Task AnOrganizationWithoutDependants_IsDeletedWithItsAffiliations_AndCanBeRestored()
    {
        var id = await OrganizationIdAsync("isoc");
        var form = await Admin.GetFormAsync($"/admin/organizations/{id}/delete");

        using var deleted = await Admin.PostFormAsync(form);

        deleted.AssertRedirectsTo("/admin/organizations");
        Assert.Equal(0, await Factory.WithDbAsync(db => db.Affiliations.CountAsync(a => a.OrganizationId == id)));
        var record = await Factory.WithDbAsync(db => db.ChangeRecords.Where(c => c.EntityType == "Organization" && c.EntityId == id).Select(c => c.Id).SingleAsync());
        (await Admin.PostFormAsync(await Admin.GetFormAsync($"/admin/history/{record}", "form[action$='/restore']"))).Dispose();
        Assert.Equal(HttpStatusCode.OK, (await Factory.CreateClient().GetAsync("/organizations/isoc")).StatusCode);
    }

    [Fact]
    public async Task EditingAnOrganization_ChangesItsPublicPageAndTheFeedsThatNameIt()
    {
        var id = await OrganizationIdAsync("apt");
        using var visitor = Factory.CreateClient();
        using var before = await visitor.GetAsync("/meetings.ics?organizer=apt");
        var etag = before.Headers.ETag!;
        var form = await Admin.GetFormAsync($"/admin/organizations/{id}/edit");

        using var saved = await Admin.PostFormAsync(form.Set("Name", "Asia-Pacific Telecommunity (renamed)").Set("Aliases", "APT Secretariat\nAsia Pacific Telecommunity"));

        saved.AssertRedirectsTo("/admin/organizations");
        Assert.Contains("Asia-Pacific Telecommunity (renamed)", (await visitor.GetDocumentAsync("/organizations/apt")).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/meetings.ics?organizer=apt");
        conditional.Headers.IfNoneMatch.Add(etag);
        using var after = await visitor.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(2, await Factory.WithDbAsync(db => db.OrganizationAliases.CountAsync(a => a.OrganizationId == id)));
    }

    [Theory]
    [InlineData("Website", "javascript:alert(1)", "Website")]
    [InlineData("Website", "ftp://example.org", "Website")]
    [InlineData("Name", "", "Name")]
    [InlineData("Aliases", "ECA", "Aliases")]
    public async Task InvalidOrganization_Is400WithAMessage(string field, string value, string errorField)
    {
        var id = await OrganizationIdAsync("apt");
        var form = await Admin.GetFormAsync($"/admin/organizations/{id}/edit");

        using var response = await Admin.PostFormAsync(form.Set(field, value));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadDocumentAsync()).QuerySelector($"[name='{errorField}']"));
    }

    [Fact]
    public async Task AParentCycle_IsRefused()
    {
        var itu = await OrganizationIdAsync("itu");
        var ituT = await OrganizationIdAsync("itu-t");
        var form = await Admin.GetFormAsync($"/admin/organizations/{itu}/edit");

        using var response = await Admin.PostFormAsync(form.Set("ParentId", ituT.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("in a circle", (await response.ReadDocumentAsync()).QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANewAffiliation_AppearsOnBothOrganizationsPages()
    {
        var form = await Admin.GetFormAsync("/admin/affiliations/create");
        form.Set("OrganizationId", (await OrganizationIdAsync("isoc")).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Set("TargetOrganizationId", (await OrganizationIdAsync("wmo")).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Set("Kind", "Observer").Set("Since", "2012-03").Set("SourceText", "A sentence of a source.");

        using var response = await Admin.PostFormAsync(form);

        response.AssertRedirectsTo("/admin/affiliations");
        var isoc = await Factory.CreateClient().GetDocumentAsync("/organizations/isoc");
        Assert.Contains(isoc.QuerySelectorAll(".affiliation"), a => a.TextContent.Contains("Observer to", StringComparison.Ordinal)
            && a.TextContent.Contains("World Meteorological Organization", StringComparison.Ordinal) && a.TextContent.Contains("since 2012-03", StringComparison.Ordinal));
        var wmo = await Factory.CreateClient().GetDocumentAsync("/organizations/wmo");
        Assert.Contains("Internet Society", wmo.QuerySelector("section[aria-labelledby=affiliated]")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Since", "May 2008")]
    [InlineData("TargetOrganizationId", "")]
    public async Task InvalidAffiliation_Is400(string field, string value)
    {
        var form = await Admin.GetFormAsync("/admin/affiliations/create");
        form.Set("OrganizationId", (await OrganizationIdAsync("isoc")).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Set("TargetOrganizationId", (await OrganizationIdAsync("wmo")).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Set(field, value);

        using var response = await Admin.PostFormAsync(form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ACategoryWithMeetings_CannotBeDeleted_ButItsNameCanChange()
    {
        var id = await Factory.WithDbAsync(db => db.Categories.Where(c => c.Slug == "other-wsis-related-meetings").Select(c => c.Id).SingleAsync());

        var confirm = await Admin.GetDocumentAsync($"/admin/categories/{id}/delete");
        using var renamed = await Admin.PostFormAsync((await Admin.GetFormAsync($"/admin/categories/{id}/edit")).Set("Name", "Other meetings related to WSIS"));

        Assert.Contains("move them to another category first", confirm.QuerySelector(".alert-warning")!.TextContent, StringComparison.Ordinal);
        renamed.AssertRedirectsTo("/admin/categories");
        var meeting = await Factory.CreateClient().GetDocumentAsync("/meetings/international-conference-on-multistakeholder-diplomacy-2005");
        Assert.Contains("Other meetings related to WSIS", meeting.QuerySelector(".meeting-facts")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnActionLinesExplanation_CanBeEdited()
    {
        var id = await Factory.WithDbAsync(db => db.Themes.Where(t => t.Code == "C9").Select(t => t.Id).SingleAsync());

        using var response = await Admin.PostFormAsync((await Admin.GetFormAsync($"/admin/themes/{id}/edit")).Set("Summary", "Media in the information society, edited."));

        response.AssertRedirectsTo("/admin/themes");
        Assert.Contains("edited.", (await Factory.CreateClient().GetDocumentAsync("/themes/c9-media")).QuerySelector(".lead")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminImport_ShowsWhatItFound_ThenImportsOnConfirmation()
    {
        var page = "\u00a0WSIS Follow-up Meetings\n\ngo 10-12 May 2006, Nairobi (Kenya), UNECA - East African ICT Forum\n\nA forum.\n\ngo 31 June 2006, Nowhere, ITU - Impossible\n";
        var token = (await Admin.GetFormAsync("/admin/import", "main form[enctype]")).Get("__RequestVerificationToken")!;
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(page)), "file", "follow-up.txt" },
        };

        using var preview = await Admin.PostAsync("/admin/import", upload);
        var previewPage = await preview.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("1 meeting(s) found", previewPage.QuerySelector("#preview-heading")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(previewPage.QuerySelectorAll("li"), li => li.TextContent.StartsWith("Line 7: unreadable meeting line", StringComparison.Ordinal));
        Assert.False(await Factory.WithDbAsync(db => db.Meetings.AnyAsync(m => m.Title == "East African ICT Forum")));

        var confirm = Forms.Read((AngleSharp.Html.Dom.IHtmlFormElement)previewPage.QuerySelector("form[action='/admin/import/confirm']")!, "/admin/import");
        using var imported = await Admin.PostFormAsync(confirm);

        imported.AssertRedirectsTo("/admin/import");
        Assert.True(await Factory.WithDbAsync(db => db.Meetings.AnyAsync(m => m.Title == "East African ICT Forum")));
        Assert.Equal(ChangeAction.Imported, await Factory.WithDbAsync(db => db.ChangeRecords.Where(c => c.EntityType == "Import").Select(c => c.Action).SingleAsync()));
    }

    [Fact]
    public async Task AdminImport_OfBinaryJunk_IsRefusedWithAMessage()
    {
        var token = (await Admin.GetFormAsync("/admin/import", "main form[enctype]")).Get("__RequestVerificationToken")!;
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent([0xff, 0xfe, 0x00, 0xc3, 0x28]), "file", "junk.bin" },
        };

        using var response = await Admin.PostAsync("/admin/import", upload);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not UTF-8", (await response.ReadDocumentAsync()).QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminImport_OfPastedText_ShowsWhatWasUncertain_ThenImportsOnConfirmation()
    {
        const string pasted = "Regional Conferences\r\n\r\n• Southern: 25-30 May 2002, Gaborone (Botswana), Example Regional Office\r\n";

        using var preview = await Admin.PostFormAsync((await Admin.GetFormAsync("/admin/import", "#paste-form")).Set("text", pasted));
        var previewPage = await preview.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("pasted text: 1 meeting(s) found", previewPage.QuerySelector("#preview-heading")!.TextContent, StringComparison.Ordinal);
        var uncertain = previewPage.QuerySelectorAll("td.uncertain li").Select(li => li.TextContent).ToList();
        Assert.Contains(uncertain, n => n.StartsWith("a bare label taken as the title", StringComparison.Ordinal));
        Assert.Contains("organizer not in the directory, to be created: Example Regional Office", uncertain);
        Assert.False(await Factory.WithDbAsync(db => db.Meetings.AnyAsync(m => m.Title == "Southern")));

        var confirm = Forms.Read((AngleSharp.Html.Dom.IHtmlFormElement)previewPage.QuerySelector("form[action='/admin/import/confirm']")!, "/admin/import");
        using var imported = await Admin.PostFormAsync(confirm);

        imported.AssertRedirectsTo("/admin/import");
        var stored = await Factory.WithDbAsync(db => db.Meetings.Where(m => m.Title == "Southern")
            .Select(m => new { m.City, Category = m.Category!.Name, m.SourceDocument }).SingleAsync());
        Assert.Equal(("Gaborone", "Regional Conferences", "pasted text"), (stored.City, stored.Category, stored.SourceDocument));
    }

    [Theory]
    [InlineData("   ", "Paste the text")]
    [InlineData(null, "larger than 2 MB")]
    public async Task AdminImport_OfAnEmptyOrTooLargePaste_IsRefusedWithAMessage(string? text, string message)
    {
        var form = (await Admin.GetFormAsync("/admin/import", "#paste-form")).Set("text", text ?? new string('é', (1024 * 1024) + 1));

        using var response = await Admin.PostFormAsync(form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await response.ReadDocumentAsync()).QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminImport_OfAPasteWithoutItsAntiforgeryToken_IsRefusedAndImportsNothing()
    {
        var before = await Factory.WithDbAsync(db => db.Meetings.CountAsync());

        using var response = await Admin.PostFormAsync((await Admin.GetFormAsync("/admin/import", "#paste-form"))
            .Remove("__RequestVerificationToken").Set("text", "go 1 May 2006, Rome (Italy), ITU - Forum on Tokens"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await Factory.WithDbAsync(db => db.Meetings.CountAsync()));
    }

    [Theory]
    [InlineData("organizations", "apt", "Name")]
    [InlineData("categories", "", "Name")]
    [InlineData("themes", "", "Summary")]
    [InlineData("affiliations", "", "SourceText")]
    public async Task TwoEditorsSavingTheSameEntry_TheSecondIsToldOfTheConflict(string kind, string slug, string field)
    {
        var id = kind switch
        {
            "organizations" => await OrganizationIdAsync(slug),
            "categories" => await Factory.WithDbAsync(db => db.Categories.Select(c => c.Id).FirstAsync()),
            "themes" => await Factory.WithDbAsync(db => db.Themes.Select(t => t.Id).FirstAsync()),
            _ => await Factory.WithDbAsync(db => db.Affiliations.Select(a => a.Id).FirstAsync()),
        };
        using var other = await Factory.AdminAsync();
        var mine = await Admin.GetFormAsync($"/admin/{kind}/{id}/edit");
        var theirs = await other.GetFormAsync($"/admin/{kind}/{id}/edit");

        using var first = await other.PostFormAsync(theirs.Set(field, "Their version"));
        using var second = await Admin.PostFormAsync(mine.Set(field, "My version"));

        first.AssertRedirectsTo($"/admin/{kind}");
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.NotNull((await second.ReadDocumentAsync()).QuerySelector("section[aria-labelledby=conflict-heading]"));
    }
}
