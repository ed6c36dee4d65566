using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Feeds;
using WsisEvents.Web.Infrastructure;
using WsisEvents.Web.Localization;
using WsisEvents.Web.ViewModels;

namespace WsisEvents.Web.Controllers;

[Route("meetings")]
[OutputCache(PolicyName = OutputCaching.Page)]
public sealed class MeetingsController(WsisDbContext db, CatalogCache cache, HtmlEncoder htmlEncoder) : Controller
{
    [EnableRateLimiting(ServiceRegistration.SearchRateLimit)]
    [HttpGet("")]
    [OutputCache(PolicyName = OutputCaching.MeetingList)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        // Before anything is read, so that what this request keeps in the version it read is never newer than it.
        var version = cache.Current;
        var search = MeetingSearch.FromQuery(Request.Query);
        var language = HttpContext.Language();
        var form = await FilterFormOptions.ForAsync(version, () => cache.FilterOptionsAsync(db, cancellationToken), htmlEncoder);
        var options = form.Options;
        var outcome = await MeetingSearchValidator.ValidateAsync(db, cache, search, cancellationToken);
        if (!outcome.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new MeetingListViewModel
            {
                Search = search,
                Form = form.For(search),
                Errors = outcome.Errors,
                OldestFirstUrl = ListUrl(search.Without(SearchParameters.Sort, SearchParameters.Page)),
                NewestFirstUrl = ListUrl(search.With(SearchParameters.Sort, "newest").Without(SearchParameters.Page)),
                ClearUrl = "/meetings",
                ApiUrl = "/api/meetings" + search.ToQueryString(),
            });
        }

        var page = await db.PageAsync(outcome.Filter, outcome.Paging, cache, cancellationToken);
        var items = await db.ListItemsAsync(page.Ids, cancellationToken);
        var totalPages = (int)Math.Ceiling(page.Total / (double)outcome.Paging.PageSize);
        var rows = items.Select(MeetingRowViewModel.From).ToList();
        return View(new MeetingListViewModel
        {
            Search = search,
            Form = form.For(search),
            Version = version,
            Total = page.Total,
            Years = Group(rows),
            Chips = Chips(search, options),
            Pagination = new PaginationViewModel(outcome.Paging.Page, totalPages, p => ListUrl(search.With(SearchParameters.Page, p == 1 ? null : p.ToString(CultureInfo.InvariantCulture)))),
            Timeline = () => new TimelineViewModel(page.Timeline, b => ListUrl(PeriodSearch(search, b)), "meetings-timeline", language.IsRightToLeft),
            TimelineKey = outcome.Filter.Narrows ? null : WholeCatalogTimelineKey(search, language),
            NewestFirst = outcome.Filter.NewestFirst,
            OldestFirstUrl = ListUrl(search.Without(SearchParameters.Sort, SearchParameters.Page)),
            NewestFirstUrl = ListUrl(search.With(SearchParameters.Sort, "newest").Without(SearchParameters.Page)),
            ClearUrl = search.HasFilters ? ListUrl(search.WithoutFilters()) : null,
            FirstShown = items.Count == 0 ? 0 : outcome.Paging.Skip + 1,
            LastShown = outcome.Paging.Skip + items.Count,
            ApiUrl = "/api/meetings" + search.Without(SearchParameters.Page).ToQueryString(),
            Feeds = FeedLinksViewModel.For(search, Request.Origin()),
        });
    }

    [HttpGet("{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        if (await db.FindWithRelatedAsync(slug, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        var meeting = found.Meeting;
        return View(new MeetingDetailsViewModel(
            meeting,
            DateRangeText.Format(found.StartDate, found.EndDate, found.DatePrecision),
            Phrases.Place(null, meeting.City, meeting.Country, meeting.IsOnline),
            found.Venue,
            new HtmlString(MarkdownRenderer.ToHtml(meeting.Description)),
            found.Organizers,
            [.. found.Related.Where(g => g.Meetings.Count > 0).Select(g => new RelatedMeetingGroup(g.Heading, [.. g.Meetings.Select(MeetingRowViewModel.From)]))],
            FeedUrls.MeetingCalendar(meeting.Slug),
            new HtmlString(SchemaOrg.Meeting(meeting, found.Venue, Request.Origin(), found.Related[0].Meetings))));
    }

    private static string ListUrl(MeetingSearch search) => "/meetings" + search.ToQueryString();

    /// <summary>The key of the whole catalog's timeline in list order (its links keep the order, and nothing else
    /// but the dates), the same on every page of the list; null for any other query, whose values as typed would
    /// make the keys endless.</summary>
    private static string? WholeCatalogTimelineKey(MeetingSearch search, Language language) => search.Without(SearchParameters.Page).ToQueryString() switch
    {
        "" => $"timeline:{language.Code}:oldest",
        "?sort=newest" => $"timeline:{language.Code}:newest",
        _ => null,
    };

    /// <summary>The list narrowed to one timeline period, keeping the other filters; a year filter gives way to the
    /// period's own dates.</summary>
    private static MeetingSearch PeriodSearch(MeetingSearch search, TimelineBucket bucket) => bucket.IsYear
        ? search.With(SearchParameters.Year, bucket.First.Year.ToString(CultureInfo.InvariantCulture))
            .Without(SearchParameters.From, SearchParameters.To, SearchParameters.Page)
        : search.Without(SearchParameters.Year, SearchParameters.Page)
            .With(SearchParameters.From, bucket.First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .With(SearchParameters.To, bucket.Last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static List<MeetingListViewModel.YearGroup> Group(List<MeetingRowViewModel> rows) => rows
        .GroupBy(r => r.IsoStart[..4])
        .Select(year => new MeetingListViewModel.YearGroup(
            int.Parse(year.Key, CultureInfo.InvariantCulture),
            year.GroupBy(r => r.IsoStart[..7])
                .Select(month => new MeetingListViewModel.MonthGroup(
                    DateRangeText.MonthAndYear(int.Parse(month.Key[..4], CultureInfo.InvariantCulture), int.Parse(month.Key[5..7], CultureInfo.InvariantCulture)),
                    "m-" + month.Key,
                    month.ToList()))
                .ToList()))
        .ToList();

    private static List<MeetingListViewModel.FilterChip> Chips(MeetingSearch search, FilterOptions options) =>
    [
        .. search.GivenFilters().Select(f => new MeetingListViewModel.FilterChip(
            f.Parameter.Chip!(f.Value, options), ListUrl(search.Without(f.Parameter, SearchParameters.Page)))),
    ];
}
