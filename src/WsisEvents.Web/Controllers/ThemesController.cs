using Microsoft.AspNetCore.Mvc;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Data;
using WsisEvents.Web.ViewModels;

namespace WsisEvents.Web.Controllers;

[Route("themes")]
public sealed class ThemesController(WsisDbContext db) : Controller
{
    private const int MeetingsShown = 20;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await ThemeQueries.ListAsync(db, cancellationToken));

    [HttpGet("{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        var theme = (await ThemeQueries.ListAsync(db, cancellationToken)).FirstOrDefault(t => t.Slug == slug);
        if (theme is null)
        {
            return NotFound();
        }

        var filter = new MeetingFilter { ThemeId = await ThemeQueries.IdOfAsync(db, slug, cancellationToken) };
        var meetings = await db.Meetings.ListAsync(filter, new Paging(1, MeetingsShown), cancellationToken);
        return View(new ThemeDetailsViewModel(
            theme,
            meetings.Items.Select(MeetingRowViewModel.From).ToList(),
            "/meetings" + new MeetingSearch { Theme = theme.Slug }.ToQueryString()));
    }
}
