using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;

namespace WsisEvents.Web.Tests.Documents;

/// <summary>The admin catalog with a small upload limit, so that the limit's messages can be reached cheaply.</summary>
public sealed class DocumentCatalogFactory : AdminCatalogFactory
{
    public const int MaxUploadBytes = 64 * 1024;

    public DocumentCatalogFactory()
    {
    }

    public DocumentCatalogFactory(TestDatabase database)
        : base(database)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Documents:MaxUploadBytes", MaxUploadBytes.ToString(CultureInfo.InvariantCulture));
    }
}

/// <summary>A catalog of each test's own with the administrator signed in, and the document form's steps.</summary>
public abstract class DocumentCatalog : SignedInCatalog<DocumentCatalogFactory>
{
    protected Task<int> MeetingIdAsync(string slug = "asia-media-summit-2005") =>
        Factory.WithDbAsync(db => db.Meetings.Where(m => m.Slug == slug).Select(m => m.Id).SingleAsync());

    /// <summary>The form to add a document to a meeting, as the meeting's edit page links to it.</summary>
    protected async Task<Forms.FormPost> NewDocumentFormAsync(int meetingId, string title = "Final report")
    {
        var meetingPage = await Admin.GetDocumentAsync($"/admin/meetings/{meetingId}/edit");
        var add = meetingPage.QuerySelector("#outcomes a[href^='/admin/documents/create']")!.GetAttribute("href")!;
        var form = await Admin.GetFormAsync(add);
        return form.Set("Title", title).Set("Kind", "Report").Set("DatePrecision", "Month").Set("Date", "2005-04");
    }

    /// <summary>Posts the form as a browser does, multipart, with each file in its field, named as
    /// given (in <c>filename*</c>, so that any character reaches the server as it is).</summary>
    protected async Task<HttpResponseMessage> PostAsync(Forms.FormPost form, params (string Field, byte[] Bytes, string FileName, string ContentType)[] files)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in form.Fields)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (field, bytes, fileName, contentType) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            part.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"{field}\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}");
            content.Add(part);
        }

        return await Admin.PostAsync(form.Action, content);
    }

    /// <summary>Adds a document with one file in English; its id.</summary>
    protected async Task<int> AddDocumentAsync(int meetingId, byte[] bytes, string fileName, string title = "Final report")
    {
        using var response = await PostAsync(await NewDocumentFormAsync(meetingId, title), ("Languages[0].File", bytes, fileName, "application/octet-stream"));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return await Factory.WithDbAsync(db => db.OutcomeDocuments.Where(d => d.Title == title).Select(d => d.Id).SingleAsync());
    }

    protected Task<string?> FileNameAsync(int documentId, string language = "en") =>
        Factory.WithDbAsync(db => db.DocumentLanguageVersions.Where(v => v.OutcomeDocumentId == documentId && v.Language == language).Select(v => v.FileName).SingleAsync());

    protected static string FieldError(AngleSharp.Dom.IDocument page) =>
        string.Join(" | ", page.QuerySelectorAll(".alert-danger li").Select(e => e.TextContent));
}
