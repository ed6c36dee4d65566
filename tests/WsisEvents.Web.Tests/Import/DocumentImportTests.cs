using WsisEvents.Web.Domain;
using WsisEvents.Web.Import;

namespace WsisEvents.Web.Tests.Import;

/// <summary>A page whose meetings have document lines under them, imported: the lines become the meetings' outcome
/// documents, shown on their pages and in /documents, and a second import adds none and keeps what an editor
/// attached.</summary>
public sealed class DocumentImportTests : SeededCatalog
{
    private const string Page = """
         Thematic Meetings

        go 3-4 March 2006, Rabat (Morocco), ITU - Zephyr Workshop on Rural Connectivity

        The workshop met for two days.

        Final report (PDF, 245 KB) English
        Chairman's Report [Word 97 - 120 KB] - E/F/S

        go 10-12 May 2006, Nairobi (Kenya), ITU - Zephyr Forum without documents
        """;

    private const string Slug = "zephyr-workshop-on-rural-connectivity-2006";

    private async Task<ImportResult> ImportAsync(string text = Page)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<MeetingImporter>();
        var page = (await importer.CreateParserAsync(CancellationToken.None)).Parse(text, "zephyr.txt");
        return await importer.ImportAsync(page, CancellationToken.None);
    }

    private Task<List<(string Title, OutcomeKind Kind, int? Line, string Languages)>> StoredAsync() =>
        Factory.WithDbAsync(async db => (await db.OutcomeDocuments
                .Where(d => d.Meeting!.Slug == Slug)
                .OrderBy(d => d.Position)
                .Select(d => new
                {
                    d.Title,
                    d.Kind,
                    d.SourceLine,
                    Languages = d.Languages.OrderBy(v => v.Id).Select(v => new { v.Language, v.StatedFormat, v.StatedSize }).ToList(),
                })
                .ToListAsync())
            .Select(d => (d.Title, d.Kind, d.SourceLine, string.Join(" | ", d.Languages.Select(v =>
                string.Join(' ', new[] { v.Language, v.StatedFormat, v.StatedSize?.ToString(System.Globalization.CultureInfo.InvariantCulture) }.Where(p => p is not null))))))
            .ToList());

    [Fact]
    public async Task DocumentLines_BecomeTheMeetingsDocuments_WithTheirLanguagesFormatsAndSizes()
    {
        var result = await ImportAsync();

        Assert.Equal(2, result.DocumentsCreated);
        Assert.Equal(
            [
                ("Final report", OutcomeKind.Report, 7, "en PDF 250880"),
                ("Chairman's Report", OutcomeKind.ChairsSummary, 8, "en Word 97 122880 | fr Word 97 122880 | es Word 97 122880"),
            ],
            await StoredAsync());
        var source = await Factory.WithDbAsync(db => db.OutcomeDocuments.Where(d => d.Title == "Final report" && d.Meeting!.Slug == Slug)
            .Select(d => new { d.SourceDocument, d.SourceText }).SingleAsync());
        Assert.Equal(("zephyr.txt", "Final report (PDF, 245 KB) English"), (source.SourceDocument, source.SourceText));
        Assert.False(await Factory.WithDbAsync(db => db.OutcomeDocuments.AnyAsync(d => d.Meeting!.Title == "Zephyr Forum without documents")));
    }

    [Fact]
    public async Task ImportedDocuments_AreOnTheMeetingPage_AndInTheDocumentsList()
    {
        await ImportAsync();

        var page = await Client.GetDocumentAsync("/meetings/" + Slug);
        var outcomes = page.QuerySelectorAll("#outcomes .outcome");
        Assert.Equal(["Final report", "Chairman's Report"], outcomes.Select(o => o.QuerySelector(".outcome-title .fw-semibold")!.TextContent.Trim()));
        Assert.Contains("245 KB", outcomes[0].QuerySelector(".outcome-languages")!.TextContent, StringComparison.Ordinal);

        var listed = await Client.GetJsonAsync("/api/documents?q=chairman&kind=chairs-summary");
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), d =>
            d.GetProperty("title").GetString() == "Chairman's Report" && d.GetProperty("meeting").GetProperty("slug").GetString() == Slug);
        var byMeeting = await Client.GetJsonAsync("/api/meetings/" + Slug);
        var languages = byMeeting.GetProperty("documents")[1].GetProperty("languages").EnumerateArray()
            .Select(v => (v.GetProperty("language").GetString(), v.GetProperty("format").GetString(), v.GetProperty("size").GetInt64()));
        Assert.Equal([("en", "Word 97", 122880L), ("fr", "Word 97", 122880L), ("es", "Word 97", 122880L)], languages);
    }

    [Fact]
    public async Task ASecondImport_AddsNoDocument_AndKeepsWhatAnEditorAttached()
    {
        await ImportAsync();
        await Factory.WithDbAsync(async db =>
        {
            var english = await db.DocumentLanguageVersions.SingleAsync(v => v.Document!.Title == "Final report" && v.Document.Meeting!.Slug == Slug);
            english.Url = "https://www.example.org/final-report.pdf";
            english.StatedFormat = null;
            english.StatedSize = null;
            return await db.SaveChangesAsync();
        });

        var again = await ImportAsync(Page.Replace("Final report (PDF, 245 KB) English", "Final report (PDF, 250 KB) English / French", StringComparison.Ordinal));

        Assert.Equal((0, 1), (again.DocumentsCreated, again.DocumentsUpdated));
        Assert.Equal(
            [
                ("Final report", OutcomeKind.Report, 7, "en | fr PDF 256000"),
                ("Chairman's Report", OutcomeKind.ChairsSummary, 8, "en Word 97 122880 | fr Word 97 122880 | es Word 97 122880"),
            ],
            await StoredAsync());
        Assert.Equal("https://www.example.org/final-report.pdf", await Factory.WithDbAsync(db => db.DocumentLanguageVersions
            .Where(v => v.Document!.Title == "Final report" && v.Document.Meeting!.Slug == Slug && v.Language == "en").Select(v => v.Url).SingleAsync()));
    }

    [Fact]
    public async Task TheSamePageTwice_ChangesNoDocument()
    {
        await ImportAsync();
        var versions = await Factory.WithDbAsync(db => db.OutcomeDocuments.Where(d => d.Meeting!.Slug == Slug).Select(d => d.Version).ToListAsync());

        var again = await ImportAsync();

        Assert.Equal((0, 0), (again.DocumentsCreated, again.DocumentsUpdated));
        Assert.Equal(versions, await Factory.WithDbAsync(db => db.OutcomeDocuments.Where(d => d.Meeting!.Slug == Slug).Select(d => d.Version).ToListAsync()));
    }
}

/// <summary>The admin import of a pasted page with a document line: the preview shows the document under its
/// meeting, and the confirmation stores it and records the import with its documents.</summary>
public sealed class DocumentImportPreviewTests : SignedInCatalog
{
    [Fact]
    public async Task ThePreview_ShowsTheDocuments_AndTheConfirmationStoresThem()
    {
        const string pasted = "Regional Conferences\r\n\r\n• Zephyr conference: 25-30 May 2002, Gaborone (Botswana), ITU\r\n"
            + "Final report (PDF, 245 KB) English\r\n";

        using var preview = await Admin.PostFormAsync((await Admin.GetFormAsync("/admin/import", "#paste-form")).Set("text", pasted));
        var previewPage = await preview.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal("Final report (Report): English, PDF, 245 KB",
            System.Text.RegularExpressions.Regex.Replace(Assert.Single(previewPage.QuerySelectorAll("td.documents li")).TextContent, @"\s+", " ").Trim());
        Assert.False(await Factory.WithDbAsync(db => db.OutcomeDocuments.AnyAsync(d => d.Meeting!.Title == "Zephyr conference")));

        var confirm = Forms.Read((AngleSharp.Html.Dom.IHtmlFormElement)previewPage.QuerySelector("form[action='/admin/import/confirm']")!, "/admin/import");
        using var imported = await Admin.PostFormAsync(confirm);

        imported.AssertRedirectsTo("/admin/import");
        var stored = await Factory.WithDbAsync(db => db.DocumentLanguageVersions
            .Where(v => v.Document!.Meeting!.Title == "Zephyr conference")
            .Select(v => new { v.Document!.Title, v.Language, v.StatedFormat, v.StatedSize }).SingleAsync());
        Assert.Equal(("Final report", "en", "PDF", (long?)250880L), (stored.Title, stored.Language, stored.StatedFormat, stored.StatedSize));
        var summary = await Factory.WithDbAsync(db => db.ChangeRecords.Where(c => c.EntityType == "Import").Select(c => c.After).SingleAsync());
        Assert.Contains("\"DocumentsCreated\":1", summary!.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
    }
}
