using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using WsisEvents.Web.Catalog;

namespace WsisEvents.Web.Tests.Documents;

public sealed class DocumentFileTests : DocumentCatalog
{
    public static TheoryData<string, string, string, bool> Kinds => new()
    {
        { "pdf", "Report.pdf", "application/pdf", true },
        { "doc", "Report.doc", "application/msword", false },
        { "ppt", "Slides.ppt", "application/vnd.ms-powerpoint", false },
        { "docx", "Report.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", false },
        { "pptx", "Slides.pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", false },
        { "odt", "Report.odt", "application/vnd.oasis.opendocument.text", false },
        { "text", "Notes.txt", "text/plain; charset=utf-8", true },
    };

    private static byte[] Sample(string kind) => kind switch
    {
        "pdf" => DocumentSamples.Pdf(),
        "doc" => DocumentSamples.CompoundFile("WordDocument"),
        "ppt" => DocumentSamples.CompoundFile("PowerPoint Document"),
        "docx" => DocumentSamples.Docx,
        "pptx" => DocumentSamples.Pptx,
        "odt" => DocumentSamples.Odt,
        _ => DocumentSamples.Text,
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task AnUploadedFile_IsServedBack_WithItsTypeDispositionAndHeaders(string kind, string fileName, string contentType, bool inline)
    {
        var bytes = Sample(kind);
        var id = await AddDocumentAsync(await MeetingIdAsync(), bytes, fileName);

        using var response = await Client.GetAsync(DocumentUrls.File(id, "en", fileName));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(contentType, response.Content.Headers.ContentType!.ToString());
        Assert.Equal(inline ? "inline" : "attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))}\"", response.Headers.ETag!.Tag);
        Assert.NotNull(response.Content.Headers.LastModified);
    }

    [Fact]
    public async Task TheMeetingEditPage_ListsTheDocument_AndTheDocumentFormLinksItsFile()
    {
        var meetingId = await MeetingIdAsync();
        var id = await AddDocumentAsync(meetingId, DocumentSamples.Pdf(), "Report.pdf", "Chair's summary of the summit");

        var meetingPage = await Admin.GetDocumentAsync($"/admin/meetings/{meetingId}/edit");
        var documentPage = await Admin.GetDocumentAsync($"/admin/documents/{id}/edit");

        Assert.Contains("Chair's summary of the summit", meetingPage.QuerySelector("#outcomes")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(documentPage.QuerySelector($"a[href='{DocumentUrls.File(id, "en", "Report.pdf")}']"));
    }

    [Theory]
    [InlineData("../../etc/passwd", "passwd.pdf")]
    [InlineData("..\\x.pdf", "x.pdf")]
    [InlineData("a\"b'c.pdf", "abc.pdf")]
    [InlineData("line\r\nbreak.pdf", "linebreak.pdf")]
    [InlineData("Déclaration de Genève 報告.docx", "Déclaration de Genève 報告.pdf")]
    [InlineData("/", "final-report.pdf")]
    public async Task AHostileFileName_IsMadeSafe_AndTheFileIsServedUnderIt(string uploaded, string safe)
    {
        var id = await AddDocumentAsync(await MeetingIdAsync(), DocumentSamples.Pdf(), uploaded);

        Assert.Equal(safe, await FileNameAsync(id));
        using var response = await Client.GetAsync(DocumentUrls.File(id, "en", safe));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(safe, response.Content.Headers.ContentDisposition!.FileNameStar);
    }

    public static TheoryData<string, byte[], string, string> RefusedUploads => new()
    {
        { "report.pdf", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><script>alert(document.cookie)</script></html>"), "application/pdf", "HTML, XML or a script" },
        { "report.pdf", Encoding.UTF8.GetBytes("Looks like text\n<script>alert(1)</script>"), "application/pdf", "HTML, XML or a script" },
        { "report.txt", Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"), "text/plain", "HTML, XML or a script" },
        { "budget.xls", DocumentSamples.CompoundFile("Workbook"), "application/vnd.ms-excel", "another kind than Word or PowerPoint" },
        { "archive.docx", DocumentSamples.Zip(("readme.txt", "hello")), "application/zip", "not a DOCX, PPTX or ODT" },
        { "photo.pdf", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "image/png", "not accepted" },
        { "program.txt", [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0], "text/plain", "control characters" },
        { "empty.pdf", [], "application/pdf", "The file is empty." },
    };

    [Theory]
    [MemberData(nameof(RefusedUploads))]
    public async Task AFileOfAnotherKind_IsRefusedWithAMessage_WhateverItsNameAndDeclaredType(string fileName, byte[] bytes, string declaredType, string message)
    {
        var form = await NewDocumentFormAsync(await MeetingIdAsync());

        using var response = await PostAsync(form, ("Languages[0].File", bytes, fileName, declaredType));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, FieldError(await response.ReadDocumentAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.StoredFiles.CountAsync()));
        Assert.Equal(0, await Factory.WithDbAsync(db => db.OutcomeDocuments.CountAsync(d => d.Title == "Final report")));
    }

    [Fact]
    public async Task AFileOverTheLimit_IsRefusedOnTheForm_WithTheLimit()
    {
        var form = await NewDocumentFormAsync(await MeetingIdAsync());

        using var response = await PostAsync(form, ("Languages[0].File", DocumentSamples.Pdf(DocumentCatalogFactory.MaxUploadBytes), "big.pdf", "application/pdf"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The file is larger than 64 KB", FieldError(await response.ReadDocumentAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.StoredFiles.CountAsync()));
    }

    [Fact]
    public async Task ARequestFarOverTheLimit_GetsAPageSayingSo_NotABareStatus()
    {
        var form = await NewDocumentFormAsync(await MeetingIdAsync());

        using var response = await PostAsync(form, ("Languages[0].File", DocumentSamples.Pdf(2 * 1024 * 1024), "huge.pdf", "application/pdf"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Contains("The upload is larger than 64 KB", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.StoredFiles.CountAsync()));
    }

    [Fact]
    public async Task ARangeRequest_Gets206WithContentRange()
    {
        var bytes = DocumentSamples.Pdf();
        var id = await AddDocumentAsync(await MeetingIdAsync(), bytes, "report.pdf");
        using var request = new HttpRequestMessage(HttpMethod.Get, DocumentUrls.File(id, "en", "report.pdf"));
        request.Headers.Range = new RangeHeaderValue(0, 7);

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal($"bytes 0-7/{bytes.Length}", response.Content.Headers.ContentRange!.ToString());
        Assert.Equal("%PDF-1.4"u8.ToArray(), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ARequestWithTheETag_Gets304()
    {
        var id = await AddDocumentAsync(await MeetingIdAsync(), DocumentSamples.Pdf(), "report.pdf");
        using var first = await Client.GetAsync(DocumentUrls.File(id, "en", "report.pdf"));
        using var request = new HttpRequestMessage(HttpMethod.Get, DocumentUrls.File(id, "en", "report.pdf"));
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, response.Headers.ETag);
    }

    [Theory]
    [InlineData("fr", "report.pdf")]
    [InlineData("en", "other.pdf")]
    [InlineData("en", "report.pdf", 1)]
    public async Task AnUnknownDocumentLanguageOrName_Is404(string language, string fileName, int idOffset = 0)
    {
        var id = await AddDocumentAsync(await MeetingIdAsync(), DocumentSamples.Pdf(), "report.pdf");

        using var response = await Client.GetAsync(DocumentUrls.File(id + idOffset, language, fileName));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TheSameContentUploadedTwice_IsStoredOnce()
    {
        var meetingId = await MeetingIdAsync();
        var first = await AddDocumentAsync(meetingId, DocumentSamples.Docx, "one.docx", "First");
        var second = await AddDocumentAsync(meetingId, DocumentSamples.Docx, "two.docx", "Second");

        Assert.Equal(1, await Factory.WithDbAsync(db => db.StoredFiles.CountAsync()));
        using var response = await Client.GetAsync(DocumentUrls.File(second, "en", "two.docx"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task AReplacedFile_IsServedNew_AtOnce()
    {
        var id = await AddDocumentAsync(await MeetingIdAsync(), DocumentSamples.Text, "notes.txt");
        using var before = await Client.GetAsync(DocumentUrls.File(id, "en", "notes.txt"));
        var replacement = Encoding.UTF8.GetBytes("Second edition of the notes.\n");
        var form = await Admin.GetFormAsync($"/admin/documents/{id}/edit");

        using var saved = await PostAsync(form, ("Languages[0].File", replacement, "notes.txt", "text/plain"));
        using var after = await Client.GetAsync(DocumentUrls.File(id, "en", "notes.txt"));

        saved.AssertRedirectsTo($"/admin/meetings/{await MeetingIdAsync()}/edit#outcomes");
        Assert.Equal(replacement, await after.Content.ReadAsByteArrayAsync());
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
    }
}
