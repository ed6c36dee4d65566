using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WsisEvents.Web.Controllers;
using WsisEvents.Web.Data;

namespace WsisEvents.Web.Areas.Admin.Controllers;

[Route("admin")]
public sealed class DashboardController(WsisDbContext db) : AdminControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var recent = await db.ChangeRecords.AsNoTracking().OrderByDescending(c => c.Id).Take(10)
            .Select(c => new HistoryController.HistoryRow(c.Id, c.At, c.UserName, c.Action, c.EntityType, c.EntityId, c.EntityName))
            .ToListAsync(cancellationToken);
        return View(new DashboardViewModel(
            await db.Meetings.CountAsync(cancellationToken),
            await db.Organizations.CountAsync(cancellationToken),
            await db.Affiliations.CountAsync(cancellationToken),
            recent,
            int.TryParse(User.FindFirst(AccountController.FailedSignInsClaim)?.Value, System.Globalization.CultureInfo.InvariantCulture, out var failed) ? failed : 0));
    }
}

/// <summary>The dashboard; <c>FailedSignIns</c> counts the failed sign-ins on the account between its previous sign-in and this session's.</summary>
public sealed record DashboardViewModel(int Meetings, int Organizations, int Affiliations, IReadOnlyList<HistoryController.HistoryRow> RecentChanges, int FailedSignIns);
