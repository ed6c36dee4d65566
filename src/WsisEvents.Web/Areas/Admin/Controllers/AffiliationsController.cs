using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using WsisEvents.Web.Areas.Admin.Models;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Data;
using WsisEvents.Web.Domain;
using WsisEvents.Web.Editing;

namespace WsisEvents.Web.Areas.Admin.Controllers;

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
