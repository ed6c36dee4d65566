using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WsisEvents.Web.Areas.Admin.Models;
using WsisEvents.Web.Data;
using WsisEvents.Web.Domain;
using WsisEvents.Web.Editing;

namespace WsisEvents.Web.Areas.Admin.Controllers;

[Route("admin/history")]
public sealed class HistoryController(WsisDbContext db, Restorer restorer) : AdminControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? type, int? id, int? page, CancellationToken cancellationToken)
    {
        var records = db.ChangeRecords.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(type))
        {
            records = records.Where(c => c.EntityType == type);
        }

        if (id is { } entityId)
        {
            records = records.Where(c => c.EntityId == entityId);
        }

        var number = PageNumber(page);
        var total = await records.CountAsync(cancellationToken);
        var items = await records.OrderByDescending(c => c.Id).Skip((number - 1) * PageSize).Take(PageSize)
            .Select(c => new HistoryRow(c.Id, c.At, c.UserName, c.Action, c.EntityType, c.EntityId, c.EntityName))
            .ToListAsync(cancellationToken);
        ViewData["Filter"] = type is null ? null : id is null ? type : $"{type} {id}";
        var query = new Dictionary<string, string?> { ["type"] = type, ["id"] = id?.ToString(System.Globalization.CultureInfo.InvariantCulture) }
            .Where(p => !string.IsNullOrWhiteSpace(p.Value));
        ViewData["BaseUrl"] = Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/admin/history", query);
        return View(new AdminPage<HistoryRow>(items, total, number, PageSize, null));
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Details(long id, CancellationToken cancellationToken)
    {
        var record = await db.ChangeRecords.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        var before = Fields(record.Before);
        var after = Fields(record.After);
        var names = before.Keys.Concat(after.Keys).Distinct().ToList();
        var rows = names.Select(n => new FieldDifference(n, before.GetValueOrDefault(n), after.GetValueOrDefault(n))).ToList();
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
        Confirm(outcome.Message);
        return outcome.Restored && outcome.EditUrl is not null ? LocalRedirect(outcome.EditUrl) : RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>A snapshot's fields as text, lists joined, for showing two versions side by side.</summary>
    private static Dictionary<string, string?> Fields(string? json)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (json is null)
        {
            return fields;
        }

        using var document = JsonDocument.Parse(json);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            fields[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Array => string.Join(", ", property.Value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Object
                    ? string.Join(" ", e.EnumerateObject().Select(p => p.Value.ToString()))
                    : e.ToString())),
                _ => property.Value.ToString(),
            };
        }

        return fields;
    }

    public sealed record HistoryRow(long Id, DateTime At, string UserName, ChangeAction Action, string EntityType, int EntityId, string EntityName);
}

public sealed record HistoryDetailsViewModel(ChangeRecord Record, IReadOnlyList<FieldDifference> Fields);
