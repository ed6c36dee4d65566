using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Infrastructure;
using WsisEvents.Web.ViewModels;

namespace WsisEvents.Web.Controllers;

[OutputCache(PolicyName = OutputCaching.Page)]
public sealed class HomeController(WsisDbContext db, CatalogCache cache, TimeProvider clock) : Controller
{
    private const int MeetingsShown = 5;

    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        // From the catalog in list order, which the cache keeps, rather than from a query that would sort it.
        var all = await cache.AllMeetingsAsync(db, newestFirst: false, cancellationToken);
        var newestFirst = await cache.AllMeetingsAsync(db, newestFirst: true, cancellationToken);
        var upcoming = await db.ListItemsAsync(all.Spans.Where(m => m.End >= today).Take(MeetingsShown).Select(m => m.Id).ToList(), cancellationToken);
        var recent = await db.ListItemsAsync(newestFirst.Spans.Where(m => m.End < today).Take(MeetingsShown).Select(m => m.Id).ToList(), cancellationToken);
        // From the catalog's month groups (a few hundred, counted once per catalog version), not its every meeting.
        var years = all.Months.GroupBy(g => g.FirstMonth / 12).OrderBy(g => g.Key).Select(g => (g.Key, g.Sum(m => m.Count))).ToList();
        var timeline = Timeline.Build(all.Months, fixedWindow: true);

        return View(new HomeViewModel(
            all.Count,
            await db.Organizations.CountAsync(cancellationToken),
            await cache.ThemesAsync(db, cancellationToken),
            new TimelineViewModel(timeline, b => b.IsYear
                ? $"/meetings?year={b.First.Year}"
                : string.Create(CultureInfo.InvariantCulture, $"/meetings?from={b.First:yyyy-MM-dd}&to={b.Last:yyyy-MM-dd}"), "home-timeline", Localization.Languages.Current.IsRightToLeft),
            upcoming.Select(MeetingRowViewModel.From).ToList(),
            recent.Select(MeetingRowViewModel.From).ToList(),
            years));
    }
}
