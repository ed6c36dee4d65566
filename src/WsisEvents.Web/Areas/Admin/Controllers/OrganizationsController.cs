using Microsoft.AspNetCore.Mvc;
using WsisEvents.Web.Areas.Admin.Models;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Data;
using WsisEvents.Web.Domain;
using WsisEvents.Web.Editing;

namespace WsisEvents.Web.Areas.Admin.Controllers;

[Route("admin/organizations")]
public sealed class OrganizationsController(WsisDbContext db, OrganizationForm form, EntryEditor editor) : EntriesController<Organization, OrganizationInputModel>(form, editor)
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int? page, CancellationToken cancellationToken) =>
        View(await db.OrganizationsAsync(q, page, cancellationToken));
}
