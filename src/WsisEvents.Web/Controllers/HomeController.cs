using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Data;
using WsisEvents.Web.ViewModels;

namespace WsisEvents.Web.Controllers;

public sealed class HomeController(WsisDbContext db) : Controller
{
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var model = new HomeViewModel(
            await db.Meetings.CountAsync(cancellationToken),
            await db.Organizations.CountAsync(cancellationToken),
            await ThemeQueries.ListAsync(db, cancellationToken));
        return View(model);
    }
}
