namespace WsisEvents.Web.Tests.Admin;

/// <summary>The admin area at /fr, /es and /ar: its text in the language of the address, its links, forms and
/// redirects kept under the language's prefix, and its validation messages translated.</summary>
public sealed class AdminLanguageTests : SignedInCatalog
{
    private Task<int> MeetingIdAsync(string slug) => Factory.WithDbAsync(db => db.Meetings.Where(m => m.Slug == slug).Select(m => m.Id).SingleAsync());

    [Fact]
    public async Task TheMeetingsListInFrench_IsWrittenInFrench_AndLinksWithinTheFrenchAdmin()
    {
        var page = await Admin.GetDocumentAsync("/fr/admin/meetings");

        Assert.Equal("Réunions", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal("Réunions · Administration · WsisEvents", page.Title);
        Assert.Equal("Ajouter une réunion", page.QuerySelector("main a.btn-primary")!.TextContent);
        Assert.Equal("/fr/admin/meetings", page.QuerySelector("main form[role=search]")!.GetAttribute("action"));
        Assert.Equal("/fr/admin/organizations", page.QuerySelector(".admin-nav a[href$='/admin/organizations']")!.GetAttribute("href"));
        Assert.Equal("Organisations", page.QuerySelector(".admin-nav a[href$='/admin/organizations']")!.TextContent);
        var edit = page.QuerySelector("main tbody td a")!.GetAttribute("href")!;
        Assert.StartsWith("/fr/admin/meetings/", edit, StringComparison.Ordinal);
        Assert.EndsWith("/edit", edit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMeetingsEditFormInSpanish_HasSpanishLabels_AndPostsToTheSpanishAddress()
    {
        var id = await MeetingIdAsync("asia-media-summit-2005");

        var page = await Admin.GetDocumentAsync($"/es/admin/meetings/{id}/edit");

        Assert.Equal("Título", page.QuerySelector("label[for=Title]")!.TextContent);
        Assert.Equal("Ciudad", page.QuerySelector("label[for=City]")!.TextContent);
        Assert.Equal("Líneas de Acción de la CMSI", page.QuerySelector("form.meeting-form fieldset:nth-of-type(3) legend")!.TextContent);
        Assert.Equal("Guardar", page.QuerySelector("form.meeting-form button[type=submit]:not([name])")!.TextContent);
        Assert.Equal($"/es/admin/meetings/{id}/edit", page.QuerySelector("form.meeting-form")!.GetAttribute("action"));
        Assert.Equal("/es/admin/meetings", page.QuerySelector("form.meeting-form a.btn-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task AnInvalidMeetingPostedInArabic_ComesBackWithItsMessagesInArabic()
    {
        var id = await MeetingIdAsync("asia-media-summit-2005");
        var form = await Admin.GetFormAsync($"/ar/admin/meetings/{id}/edit");

        // An attribute's message (through the DataAnnotations localizer) and one the form's own checks add.
        using var response = await Admin.PostFormAsync(form.Set("Title", "").Set("Website", "ftp://example.org"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Equal("يجب أن يكون للاجتماع عنوان.", page.QuerySelector("#Title-error")!.TextContent.Trim());
        var errors = page.QuerySelector("main .alert-danger")!.TextContent;
        Assert.Contains("لم يُحفظ شيء. يُرجى النظر في ما يلي:", errors, StringComparison.Ordinal);
        Assert.Contains("يجب أن يكون الموقع الإلكتروني عنواناً يبدأ بـ https:// أو http://.", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("A meeting needs a title.", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AValidSaveInFrench_RedirectsToTheFrenchList_WithAFrenchConfirmation()
    {
        var id = await MeetingIdAsync("asia-media-summit-2005");
        var form = await Admin.GetFormAsync($"/fr/admin/meetings/{id}/edit");

        using var response = await Admin.PostFormAsync(form.Set("Title", "Asia Media Summit 2005"));

        response.AssertRedirectsTo("/fr/admin/meetings");
        var list = await Admin.GetDocumentAsync("/fr/admin/meetings");
        Assert.Equal("La réunion “Asia Media Summit 2005” a été enregistrée.", list.QuerySelector("[role=status]")!.TextContent);
    }

    [Fact]
    public async Task AValueThatIsNotANumber_IsExplainedInSpanish_ByModelBinding()
    {
        var id = await Factory.WithDbAsync(db => db.Categories.Select(c => c.Id).FirstAsync());
        var form = await Admin.GetFormAsync($"/es/admin/categories/{id}/edit");

        using var response = await Admin.PostFormAsync(form.Set("SortOrder", "abc"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Contains("El valor «abc» no es válido para SortOrder.", page.QuerySelector("main .alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Nombre", page.QuerySelector("label[for=Name]")!.TextContent);
    }

    [Fact]
    public async Task TheSameListInEnglish_KeepsItsEnglishTextAndAddresses()
    {
        var page = await Admin.GetDocumentAsync("/admin/meetings");

        Assert.Equal("Meetings", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal("Meetings · Admin · WsisEvents", page.Title);
        Assert.Equal("/admin/meetings", page.QuerySelector("main form[role=search]")!.GetAttribute("action"));
        Assert.StartsWith("/admin/meetings/", page.QuerySelector("main tbody td a")!.GetAttribute("href"), StringComparison.Ordinal);
    }
}
