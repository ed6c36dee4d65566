using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Data;
using WsisEvents.Web.ViewModels;

namespace WsisEvents.Web.Controllers;

public sealed class HomeController(WsisDbContext db, TimeProvider clock) : Controller
{
    private const int MeetingsShown = 5;

    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var meetings = db.Meetings.AsNoTracking();
        var upcoming = await meetings.Where(m => m.EndDate >= today).InOrder(newestFirst: false).Take(MeetingsShown).ToListItems(cancellationToken);
        var recent = await meetings.Where(m => m.EndDate < today).InOrder(newestFirst: true).Take(MeetingsShown).ToListItems(cancellationToken);
        var years = await meetings.GroupBy(m => m.StartDate.Year)
            .Select(g => new { Year = g.Key, Count = g.Count() })
            .OrderBy(g => g.Year)
            .ToListAsync(cancellationToken);
        var timeline = await Timeline.BuildAsync(meetings, cancellationToken, fixedWindow: true);

        return View(new HomeViewModel(
            await meetings.CountAsync(cancellationToken),
            await db.Organizations.CountAsync(cancellationToken),
            await ThemeQueries.ListAsync(db, cancellationToken),
            new TimelineViewModel(timeline, b => b.IsYear
                ? $"/meetings?year={b.First.Year}"
                : string.Create(CultureInfo.InvariantCulture, $"/meetings?from={b.First:yyyy-MM-dd}&to={b.Last:yyyy-MM-dd}"), "home-timeline"),
            upcoming.Select(MeetingRowViewModel.From).ToList(),
            recent.Select(MeetingRowViewModel.From).ToList(),
            years.Select(y => (y.Year, y.Count)).ToList()));
    }
}
