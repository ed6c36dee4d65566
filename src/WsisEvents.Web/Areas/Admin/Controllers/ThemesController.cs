using Microsoft.AspNetCore.Mvc;
using WsisEvents.Web.Areas.Admin.Models;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Data;
using WsisEvents.Web.Domain;
using WsisEvents.Web.Editing;

namespace WsisEvents.Web.Areas.Admin.Controllers;

/// <summary>The WSIS Action Lines (see <see cref="ThemeForm"/>).</summary>
[Route("admin/themes")]
public sealed class ThemesController(WsisDbContext db, ThemeForm form, EntryEditor editor) : EntriesController<Theme, ThemeInputModel>(form, editor)
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await db.ThemesAsync(cancellationToken));
}
