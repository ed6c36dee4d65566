using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using WsisEvents.Web.Areas.Admin.Filters;
using WsisEvents.Web.Areas.Admin.Models;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Editing;
using WsisEvents.Web.Localization;

namespace WsisEvents.Web.Areas.Admin.Controllers;

// The controllers of the entries editors change: each is its route, its list and its form; creating, editing and
// deleting are EntriesController's.

[Route("admin/meetings")]
public sealed class MeetingsController(WsisDbContext db, MeetingForm form, EntryEditor editor) : EntriesController<Meeting, MeetingInputModel>(form, editor)
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int? page, CancellationToken cancellationToken) =>
        View(await db.MeetingsAsync(q, page, cancellationToken));
}

[Route("admin/organizations")]
public sealed class OrganizationsController(WsisDbContext db, OrganizationForm form, EntryEditor editor) : EntriesController<Organization, OrganizationInputModel>(form, editor)
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int? page, CancellationToken cancellationToken) =>
        View(await db.OrganizationsAsync(q, page, cancellationToken));
}

[Route("admin/affiliations")]
public sealed class AffiliationsController(WsisDbContext db, AffiliationForm form, EntryEditor editor) : EntriesController<Affiliation, AffiliationInputModel>(form, editor)
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? organization, int? page, CancellationToken cancellationToken) =>
        View(await db.AffiliationsAsync(organization, page, cancellationToken));

    /// <summary>From an organization's page, <c>?organization=</c> chooses it as the holder.</summary>
    protected override AffiliationInputModel NewInput() => new()
    {
        OrganizationId = int.TryParse(Request.Query["organization"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : null,
    };
}

[Route("admin/categories")]
public sealed class CategoriesController(WsisDbContext db, CategoryForm form, EntryEditor editor) : EntriesController<Category, CategoryInputModel>(form, editor)
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await db.CategoriesAsync(cancellationToken));
}

/// <summary>The WSIS Action Lines (see <see cref="ThemeForm"/>).</summary>
[Route("admin/themes")]
public sealed class ThemesController(WsisDbContext db, ThemeForm form, EntryEditor editor) : EntriesController<Theme, ThemeInputModel>(form, editor)
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await db.ThemesAsync(cancellationToken));
}

/// <summary>A meeting's outcome documents, reached from the meeting's edit page (<c>?meeting=</c> on create), to
/// which every save and delete leads back. Multipart forms, for the files.</summary>
[Route("admin/documents")]
[DocumentUploadLimits]
public sealed class OutcomeDocumentsController(OutcomeDocumentForm form, EntryEditor editor) : EntriesController<OutcomeDocument, OutcomeDocumentInputModel>(form, editor)
{
    /// <summary>Documents have no list of their own: they are listed on their meeting's edit page.</summary>
    [HttpGet("")]
    public IActionResult Index() => Redirect(Url.Href("/admin/meetings"));

    protected override string ListUrl(OutcomeDocument entry) => Url.Href(MeetingOutcomesUrl(entry.MeetingId));

    protected override OutcomeDocumentInputModel NewInput() => new()
    {
        MeetingId = int.TryParse(Request.Query["meeting"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : 0,
        Languages = [new LanguageVersionInput { Language = "en" }],
    };

    public static string MeetingOutcomesUrl(int meetingId) => $"/admin/meetings/{meetingId}/edit#outcomes";
}
