using Microsoft.AspNetCore.Mvc;
using WsisEvents.Web.Areas.Admin.Models;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Data;
using WsisEvents.Web.Domain;
using WsisEvents.Web.Editing;

namespace WsisEvents.Web.Areas.Admin.Controllers;

[Route("admin/meetings")]
public sealed class MeetingsController(WsisDbContext db, MeetingForm form, EntryEditor editor) : EntriesController<Meeting, MeetingInputModel>(form, editor)
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int? page, CancellationToken cancellationToken) =>
        View(await db.MeetingsAsync(q, page, cancellationToken));
}
