using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WsisEvents.Web.Accounts;
using WsisEvents.Web.Areas.Admin.Models;
using WsisEvents.Web.Editing;
using WsisEvents.Web.Import;

namespace WsisEvents.Web.Areas.Admin.Controllers;

/// <summary>Import of a page in the source format, with the command line's importer: upload a file or paste the
/// text (what an editor copies from a browser page), look at what would be imported (meetings found, what was
/// uncertain about each, lines skipped and why), then confirm.</summary>
[Route("admin/import")]
[Authorize(Roles = Roles.Admin)]
public sealed class ImportController(MeetingImporter importer, ChangeHistory history, WsisDbContext db) : AdminControllerBase
{
    public const int MaxFileBytes = 2 * 1024 * 1024;

    /// <summary>A form field holding a text of <see cref="MaxFileBytes"/> in UTF-8: the form's encoding writes
    /// each byte beyond ASCII as three characters ("%C3%A9"), and the limits apply to the field as encoded; with
    /// some room beyond, so that a text a little too large is told so in words.</summary>
    private const int MaxEncodedFieldBytes = (3 * MaxFileBytes) + (64 * 1024);

    /// <summary>The name a pasted text is recorded under when the editor gives none.</summary>
    public const string PastedDocumentName = "pasted text";

    [HttpGet("")]
    public IActionResult Index() => View(new ImportViewModel(null, null, null, null));

    [HttpPost("")]
    [RequestSizeLimit(MaxFileBytes + (64 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxFileBytes + (64 * 1024))]
    public async Task<IActionResult> Upload(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return Refuse("Choose a file to import.");
        }

        if (file.Length > MaxFileBytes)
        {
            return Refuse(L["The file is larger than {0} MB.", MaxFileBytes / 1024 / 1024]);
        }

        string text;
        try
        {
            using var reader = new StreamReader(file.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false);
            text = (await reader.ReadToEndAsync(cancellationToken)).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Refuse("The file is not UTF-8 text.");
        }

        return await PreviewAsync(text, DocumentName(file.FileName, "upload.txt"), cancellationToken);
    }

    /// <summary>Pasted text: a form field, so its size is counted here in UTF-8 bytes, as a file's is.</summary>
    [HttpPost("paste")]
    [RequestSizeLimit(MaxEncodedFieldBytes + (64 * 1024))]
    [RequestFormLimits(ValueLengthLimit = MaxEncodedFieldBytes)]
    public async Task<IActionResult> Paste(string? text, string? documentName, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Refuse("Paste the text of a page to import.", "text");
        }

        if (Encoding.UTF8.GetByteCount(text) > MaxFileBytes)
        {
            return Refuse(L["The pasted text is larger than {0} MB.", MaxFileBytes / 1024 / 1024], "text");
        }

        return await PreviewAsync(text.TrimStart('\uFEFF'), DocumentName(documentName, PastedDocumentName), cancellationToken);
    }

    [HttpPost("confirm")]
    [RequestSizeLimit(MaxEncodedFieldBytes + (64 * 1024))]
    [RequestFormLimits(ValueLengthLimit = MaxEncodedFieldBytes)]
    public async Task<IActionResult> Confirm(string? content, string? documentName, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(content) || string.IsNullOrWhiteSpace(documentName) || content.Length > MaxFileBytes)
        {
            return Refuse("Nothing to import: upload the file again.");
        }

        var name = Path.GetFileName(documentName);
        var page = (await importer.CreateParserAsync(cancellationToken)).Parse(content, name);
        var result = await importer.ImportAsync(page, cancellationToken);
        var summary = new
        {
            result.Created, result.Updated, result.Unchanged, result.DocumentsCreated, result.DocumentsUpdated, result.OrganizationsCreated, result.CategoriesCreated,
            Skipped = result.Skipped.Count, Warnings = result.Warnings.Count,
        };
        history.Record(User, ChangeHistory.EntityTypes.Import, 0, name, ChangeAction.Imported, null, summary);
        await db.SaveChangesAsync(cancellationToken);
        ShowStatus(L["Imported {0}: {1} meeting(s) added, {2} updated, {3} unchanged; {4} document(s) added, {5} updated; {6} organization(s) and {7} category(ies) created; {8} line(s) skipped.",
            name, result.Created, result.Updated, result.Unchanged, result.DocumentsCreated, result.DocumentsUpdated,
            result.OrganizationsCreated.Count, result.CategoriesCreated.Count, result.Skipped.Count]);
        return RedirectToAction(nameof(Index));
    }

    private async Task<ViewResult> PreviewAsync(string text, string documentName, CancellationToken cancellationToken)
    {
        var page = (await importer.CreateParserAsync(cancellationToken)).Parse(text, documentName);
        var preview = await importer.PreviewAsync(page, cancellationToken);
        return View("Index", new ImportViewModel(page, preview, text, documentName));
    }

    private static string DocumentName(string? given, string fallback)
    {
        var name = Path.GetFileName(given?.Trim() ?? "");
        return string.IsNullOrWhiteSpace(name) ? fallback : name[..Math.Min(name.Length, FieldLengths.SourceDocument)];
    }

    private ViewResult Refuse(string message, string field = "file")
    {
        ModelState.AddModelError(field, message);
        var view = View("Index", new ImportViewModel(null, null, null, null));
        view.StatusCode = StatusCodes.Status400BadRequest;
        return view;
    }
}
