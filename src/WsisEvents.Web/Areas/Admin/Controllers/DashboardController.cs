using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using WsisEvents.Web.Accounts;
using WsisEvents.Web.Areas.Admin.Models;
using WsisEvents.Web.Catalog;

namespace WsisEvents.Web.Areas.Admin.Controllers;

[Route("admin")]
public sealed class DashboardController(WsisDbContext db) : AdminControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(new DashboardViewModel(
        await db.Meetings.CountAsync(cancellationToken),
        await db.Organizations.CountAsync(cancellationToken),
        await db.Affiliations.CountAsync(cancellationToken),
        await db.RecentChangesAsync(10, cancellationToken),
        int.TryParse(User.FindFirst(SignInClaims.FailedSignIns)?.Value, CultureInfo.InvariantCulture, out var failed) ? failed : 0));
}
