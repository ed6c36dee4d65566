using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using WsisEvents.Web.Areas.Admin.Models;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Editing;
using WsisEvents.Web.Localization;

namespace WsisEvents.Web.Areas.Admin.Controllers;

[Route("admin/history")]
public sealed class HistoryController(WsisDbContext db, Restorer restorer) : AdminControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? type, int? id, int? page, CancellationToken cancellationToken)
    {
        ViewData["Filter"] = type is null ? null : id is null ? Phrases.EntryType(type, L) : $"{Phrases.EntryType(type, L)} {id}";
        var query = new Dictionary<string, string?> { ["type"] = type, ["id"] = id?.ToString(CultureInfo.InvariantCulture) }
            .Where(p => !string.IsNullOrWhiteSpace(p.Value));
        ViewData["BaseUrl"] = QueryHelpers.AddQueryString("/admin/history", query);
        return View(await db.HistoryAsync(type, id, page, cancellationToken));
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Details(long id, CancellationToken cancellationToken)
    {
        var record = await db.ChangeRecords.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        var before = SnapshotFields.Read(record.Before);
        var after = SnapshotFields.Read(record.After);
        var rows = before.Keys.Concat(after.Keys).Distinct().Select(n => new FieldDifference(n, before.GetValueOrDefault(n), after.GetValueOrDefault(n))).ToList();
        return View(new HistoryDetailsViewModel(record, rows));
    }

    [HttpPost("{id:long}/restore")]
    public async Task<IActionResult> Restore(long id, string version, CancellationToken cancellationToken)
    {
        if (version is not ("before" or "after"))
        {
            return BadRequest("Say which version to restore: before or after.");
        }

        var outcome = await restorer.RestoreAsync(User, id, version == "before", cancellationToken);
        ShowStatus(outcome.Message);
        return outcome.Restored && outcome.EditUrl is not null ? LocalRedirect(Url.Href(outcome.EditUrl)) : RedirectToAction(nameof(Details), new { id });
    }
}
