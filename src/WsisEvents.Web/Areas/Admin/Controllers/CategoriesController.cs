using Microsoft.AspNetCore.Mvc;
using WsisEvents.Web.Areas.Admin.Models;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Data;
using WsisEvents.Web.Domain;
using WsisEvents.Web.Editing;

namespace WsisEvents.Web.Areas.Admin.Controllers;

[Route("admin/categories")]
public sealed class CategoriesController(WsisDbContext db, CategoryForm form, EntryEditor editor) : EntriesController<Category, CategoryInputModel>(form, editor)
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await db.CategoriesAsync(cancellationToken));
}
