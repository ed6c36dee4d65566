using WsisEvents.Web.Catalog;
using WsisEvents.Web.Domain;

namespace WsisEvents.Web.Tests.Documents;

public sealed class DocumentEditingTests : DocumentCatalog
{
    [Fact]
    public async Task ADocumentInTwoLanguages_IsSavedWithALinkAndAFile_AndRecordedInTheHistory()
    {
        var meetingId = await MeetingIdAsync();
        var form = (await NewDocumentFormAsync(meetingId, "Kuala Lumpur Declaration"))
            .Set("Kind", "Declaration").Set("Symbol", " AMS/2005/DOC/1-E ").Set("Summary", "The **declaration** of the conference.")
            .Set("Languages[1].Language", "fr").Set("Languages[1].Url", "https://www.itu.int/wsis/docs/fr.pdf");

        using var response = await PostAsync(form, ("Languages[0].File", DocumentSamples.Pdf(), "vienna.pdf", "application/pdf"));

        response.AssertRedirectsTo($"/admin/meetings/{meetingId}/edit#outcomes");
        var document = await Factory.WithDbAsync(db => db.OutcomeDocuments.Include(d => d.Languages).ThenInclude(l => l.File).SingleAsync(d => d.Title == "Kuala Lumpur Declaration"));
        Assert.Equal("AMS/2005/DOC/1-E", document.Symbol);
        Assert.Equal(OutcomeKind.Declaration, document.Kind);
        Assert.Equal((new DateOnly(2005, 4, 1), DatePrecision.Month), (document.Date!.Value, document.DatePrecision));
        Assert.Contains("kuala lumpur declaration", document.SearchText, StringComparison.Ordinal);
        Assert.Equal(["en", "fr"], document.Languages.Select(l => l.Language).Order());
        Assert.Equal("application/pdf", document.Languages.Single(l => l.Language == "en").File!.MediaType);
        Assert.Equal("https://www.itu.int/wsis/docs/fr.pdf", document.Languages.Single(l => l.Language == "fr").Url);
        var record = await Factory.WithDbAsync(db => db.ChangeRecords.SingleAsync(c => c.EntityType == "OutcomeDocument" && c.EntityId == document.Id));
        Assert.Equal(ChangeAction.Created, record.Action);
        Assert.Contains(document.Languages.Single(l => l.Language == "en").File!.Sha256, record.After, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Symbol", "not a symbol", "Write a UN document symbol")]
    [InlineData("Date", "2005-04-15", "known to a month only")]
    [InlineData("Languages[1].OtherLanguage", "english", "is not a language tag")]
    [InlineData("Languages[0].Url", "javascript:alert(1)", "starting with https:// or http://")]
    [InlineData("Languages[0].Language", "", "at least one language version")]
    public async Task ABadField_IsRefusedWithItsMessage(string field, string value, string message)
    {
        var form = await NewDocumentFormAsync(await MeetingIdAsync());

        using var response = await PostAsync(form.Set(field, value));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, FieldError(await response.ReadDocumentAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASymbolTakenByAnotherDocument_IsAFormError()
    {
        var meetingId = await MeetingIdAsync();
        using (var first = await PostAsync((await NewDocumentFormAsync(meetingId, "First")).Set("Symbol", "A/RES/60/252")))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        using var second = await PostAsync((await NewDocumentFormAsync(meetingId, "Second")).Set("Symbol", "A/RES/60/252"));

        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains("Another document has this symbol.", FieldError(await second.ReadDocumentAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoEditorsSavingTheSameDocument_TheSecondGetsTheConflictPage_AndTheFirstSaveStays()
    {
        var id = await AddDocumentAsync(await MeetingIdAsync(), DocumentSamples.Pdf(), "report.pdf");
        var mine = await Admin.GetFormAsync($"/admin/documents/{id}/edit");
        var theirs = await Admin.GetFormAsync($"/admin/documents/{id}/edit");
        using (var saved = await PostAsync(theirs.Set("Title", "Their title")))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using var conflict = await PostAsync(mine.Set("Title", "My title"));

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var page = await conflict.ReadDocumentAsync();
        Assert.Contains("Their title", page.QuerySelector("#conflict-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal("My title", page.QuerySelector("#Title")!.GetAttribute("value"));
        Assert.Equal("Their title", await Factory.WithDbAsync(db => db.OutcomeDocuments.Where(d => d.Id == id).Select(d => d.Title).SingleAsync()));
    }

    [Fact]
    public async Task ADeletedDocument_IsRestoredFromTheHistory_WithItsFile()
    {
        var meetingId = await MeetingIdAsync();
        var bytes = DocumentSamples.Odt;
        var id = await AddDocumentAsync(meetingId, bytes, "Chair's summary.odt");
        var url = DocumentUrls.File(id, "en", "Chairs summary.odt");

        using (var deleted = await Admin.PostFormAsync(await Admin.GetFormAsync($"/admin/documents/{id}/delete")))
        {
            deleted.AssertRedirectsTo($"/admin/meetings/{meetingId}/edit#outcomes");
        }

        using (var gone = await Client.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }

        var record = await Factory.WithDbAsync(db => db.ChangeRecords
            .Where(c => c.EntityType == "OutcomeDocument" && c.EntityId == id && c.Action == ChangeAction.Deleted).Select(c => c.Id).SingleAsync());
        using (var restored = await Admin.PostFormAsync(await Admin.GetFormAsync($"/admin/history/{record}", "form[action$='/restore']")))
        {
            restored.AssertRedirectsTo($"/admin/documents/{id}/edit");
        }

        using var back = await Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Equal(bytes, await back.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task RemovingALanguage_KeepsItsFileForTheHistory()
    {
        var id = await AddDocumentAsync(await MeetingIdAsync(), DocumentSamples.Pdf(), "report.pdf");
        var form = await Admin.GetFormAsync($"/admin/documents/{id}/edit");

        using var response = await PostAsync(form.Set("Languages[0].Remove", "true").Set("Languages[1].Language", "es"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["es"], await Factory.WithDbAsync(db => db.DocumentLanguageVersions.Where(v => v.OutcomeDocumentId == id).Select(v => v.Language).ToListAsync()));
        Assert.Equal(1, await Factory.WithDbAsync(db => db.StoredFiles.CountAsync()));
    }

    [Fact]
    public async Task DeletingAMeeting_DeletesItsDocuments_AndRecordsEachInTheHistory()
    {
        var meetingId = await MeetingIdAsync();
        var id = await AddDocumentAsync(meetingId, DocumentSamples.Pdf(), "report.pdf");
        var documents = await Factory.WithDbAsync(db => db.OutcomeDocuments.CountAsync(d => d.MeetingId == meetingId));
        var delete = await Admin.GetDocumentAsync($"/admin/meetings/{meetingId}/delete");
        Assert.Contains($"{documents} outcome document(s) go with it", delete.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        using var response = await Admin.PostFormAsync(await Admin.GetFormAsync($"/admin/meetings/{meetingId}/delete"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await Factory.WithDbAsync(db => db.OutcomeDocuments.AnyAsync(d => d.Id == id)));
        Assert.True(await Factory.WithDbAsync(db => db.ChangeRecords.AnyAsync(c => c.EntityType == "OutcomeDocument" && c.EntityId == id && c.Action == ChangeAction.Deleted)));
    }

    [Fact]
    public async Task AnEditor_MayAddADocument()
    {
        await Factory.EnsureEditorAsync();
        using var editor = await Factory.SignedInAsync(AdminCatalogFactory.EditorEmail, AdminCatalogFactory.EditorPassword);

        using var response = await editor.GetAsync($"/admin/documents/create?meeting={await MeetingIdAsync()}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

/// <summary>Two instances of the site on one database (PostgreSQL when the suite runs on it, as behind a load
/// balancer): a file uploaded through one is served by the other, since files are in the database.</summary>
public sealed class DocumentInstancesTests
{
    [Fact]
    public async Task AFileUploadedThroughOneInstance_IsServedByAnother()
    {
        using var database = TestDatabase.Create();
        await using var first = new DocumentCatalogFactory(database);
        using var admin = await first.AdminAsync();
        var meetingId = await first.WithDbAsync(db => db.Meetings.Where(m => m.Slug == "asia-media-summit-2005").Select(m => m.Id).SingleAsync());
        var form = await admin.GetFormAsync($"/admin/documents/create?meeting={meetingId}");
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in form.Set("Title", "Shared report").Fields)
        {
            content.Add(new StringContent(value), name);
        }

        content.Add(new ByteArrayContent(DocumentSamples.Pptx), "Languages[0].File", "slides.pptx");
        using (var saved = await admin.PostAsync(form.Action, content))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        await using var second = new DocumentCatalogFactory(database);
        var id = await second.WithDbAsync(db => db.OutcomeDocuments.Where(d => d.Title == "Shared report").Select(d => d.Id).SingleAsync());
        using var response = await second.CreateClient().GetAsync(DocumentUrls.File(id, "en", "slides.pptx"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DocumentSamples.Pptx, await response.Content.ReadAsByteArrayAsync());
    }
}
