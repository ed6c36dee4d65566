using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Infrastructure;
using WsisEvents.Web.ViewModels;

namespace WsisEvents.Web.Controllers;

[Route("themes")]
[OutputCache(PolicyName = OutputCaching.Page)]
public sealed class ThemesController(WsisDbContext db, CatalogCache cache) : Controller
{
    private const int MeetingsShown = 20;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await cache.ThemesAsync(db, cancellationToken));

    [HttpGet("{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        var theme = (await cache.ThemesAsync(db, cancellationToken)).FirstOrDefault(t => t.Slug == slug);
        if (theme is null)
        {
            return NotFound();
        }

        // The first meetings only: the count is the theme's own, and the rest are a filtered list away.
        var filter = new MeetingFilter { ThemeId = await ThemeQueries.IdOfAsync(db, slug, cancellationToken) };
        var meetings = await db.ListItemsAsync(db.Filter(filter).InOrder(newestFirst: false).Take(MeetingsShown), cancellationToken);
        return View(new ThemeDetailsViewModel(
            theme,
            meetings.Select(MeetingRowViewModel.From).ToList(),
            "/meetings" + MeetingSearch.Empty.With(SearchParameters.Theme, theme.Slug).ToQueryString()));
    }
}
