using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Data;
using WsisEvents.Web.Domain;
using WsisEvents.Web.Feeds;
using WsisEvents.Web.Infrastructure;
using WsisEvents.Web.ViewModels;

namespace WsisEvents.Web.Controllers;

[Route("meetings")]
[OutputCache(PolicyName = OutputCaching.Page)]
public sealed class MeetingsController(WsisDbContext db, CatalogCache cache) : Controller
{
    private const int RelatedPerGroup = 6;

    [EnableRateLimiting(ServiceRegistration.SearchRateLimit)]
    [HttpGet("")]
    [OutputCache(PolicyName = OutputCaching.MeetingList)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var search = MeetingSearch.FromQuery(Request.Query);
        var options = await cache.FilterOptionsAsync(db, cancellationToken);
        var outcome = await MeetingSearchValidator.ValidateAsync(db, cache, search, cancellationToken);
        if (!outcome.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new MeetingListViewModel
            {
                Search = search,
                Options = options,
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
            Options = options,
            Total = page.Total,
            Years = Group(rows),
            Chips = Chips(search, options),
            Pagination = new PaginationViewModel(outcome.Paging.Page, totalPages, p => ListUrl(search.With(SearchParameters.Page, p == 1 ? null : p.ToString(CultureInfo.InvariantCulture)))),
            Timeline = new TimelineViewModel(page.Timeline, b => ListUrl(PeriodSearch(search, b)), "meetings-timeline"),
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
        // One meeting's few organizers and Action Lines: one query, whose joins multiply a handful of rows.
        var stored = await db.Meetings.AsNoTracking().AsSingleQuery()
            .Where(m => m.Slug == slug)
            .Select(m => new
            {
                m.Id,
                m.StartDate,
                m.EndDate,
                m.DatePrecision,
                m.Venue,
                m.Description,
                m.Website,
                Source = new SourceDto(m.SourceDocument, m.SourceLine, m.SourceText),
                Organizers = m.Organizers.OrderBy(o => o.Position).Select(o => new { o.OrganizationId, o.NameAsWritten }).ToList(),
                ThemeIds = m.Themes.Select(t => t.ThemeId).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (stored is null)
        {
            return NotFound();
        }

        // The related meetings' ids first, then this meeting and all of them in one load.
        var relatedIds = await RelatedIdsAsync(stored.Id, stored.StartDate, stored.Organizers.Select(o => o.OrganizationId).ToList(), stored.ThemeIds, cancellationToken);
        var items = await db.ListItemsByIdAsync([stored.Id, .. relatedIds.SelectMany(g => g.Ids)], cancellationToken);
        var meeting = MeetingDetailDto.From(items[stored.Id], stored.Description, stored.Source, stored.Website);
        var organizers = meeting.Organizers
            .Select((o, i) => new OrganizerLine(o, AsWrittenIfDifferent(stored.Organizers[i].NameAsWritten, o)))
            .ToList();
        var related = relatedIds
            .Select(g => new RelatedMeetingGroup(g.Heading, [.. g.Ids.Where(items.ContainsKey).Select(id => MeetingRowViewModel.From(items[id]))]))
            .Where(g => g.Meetings.Count > 0)
            .ToList();
        return View(new MeetingDetailsViewModel(
            meeting,
            DateRangeText.Format(stored.StartDate, stored.EndDate, stored.DatePrecision),
            Labels.Place(null, meeting.City, meeting.Country, meeting.IsOnline),
            stored.Venue,
            new HtmlString(MarkdownRenderer.ToHtml(meeting.Description)),
            organizers,
            related,
            FeedUrls.MeetingCalendar(meeting.Slug),
            new HtmlString(SchemaOrg.Meeting(meeting, stored.Venue, Request.Origin(),
                [.. relatedIds[0].Ids.Where(items.ContainsKey).Select(id => items[id])]))));
    }

    /// <summary>The related meetings by group, each meeting in the first group that has it.</summary>
    private async Task<List<(string Heading, List<int> Ids)>> RelatedIdsAsync(
        int id, DateOnly start, List<int> organizerIds, List<int> themeIds, CancellationToken cancellationToken)
    {
        var groups = new List<(string Heading, List<int> Ids)>();
        var shown = new HashSet<int> { id };

        // Both directions as one list of ids, so that SQLite looks them up by key instead of testing every meeting.
        var referredIds = db.MeetingRelations.Where(r => r.MeetingId == id).Select(r => r.RelatedMeetingId)
            .Union(db.MeetingRelations.Where(r => r.RelatedMeetingId == id).Select(r => r.MeetingId));
        Add("Meetings it refers to or that refer to it", await db.Meetings.Where(m => referredIds.Contains(m.Id))
            .InOrder(newestFirst: false).Select(m => m.Id).ToListAsync(cancellationToken));

        if (organizerIds.Count > 0)
        {
            Add("Other meetings of the same organizers", await NearestAsync(
                db.Meetings.Where(m => m.Id != id && m.Organizers.Any(o => organizerIds.Contains(o.OrganizationId))), start, cancellationToken));
        }

        if (themeIds.Count > 0)
        {
            Add("Meetings on the same Action Lines", await NearestAsync(
                db.Meetings.Where(m => m.Id != id && m.Themes.Any(t => themeIds.Contains(t.ThemeId))), start, cancellationToken));
        }

        return groups;

        void Add(string heading, List<int> ids) => groups.Add((heading, [.. ids.Where(shown.Add)]));
    }

    /// <summary>The meetings of <paramref name="candidates"/> closest in time to <paramref name="start"/>: the
    /// last few before it and the first few after it, in date order.</summary>
    private static async Task<List<int>> NearestAsync(IQueryable<Meeting> candidates, DateOnly start, CancellationToken cancellationToken)
    {
        var before = await candidates.Where(m => m.StartDate < start)
            .InOrder(newestFirst: true).Take(RelatedPerGroup / 2).Select(m => m.Id).ToListAsync(cancellationToken);
        var after = await candidates.Where(m => m.StartDate >= start)
            .InOrder(newestFirst: false).Take(RelatedPerGroup - before.Count).Select(m => m.Id).ToListAsync(cancellationToken);
        before.Reverse();
        return [.. before, .. after];
    }

    private static string? AsWrittenIfDifferent(string? asWritten, OrganizationRefDto organization) =>
        string.IsNullOrWhiteSpace(asWritten)
        || string.Equals(asWritten, organization.Name, StringComparison.OrdinalIgnoreCase)
        || string.Equals(asWritten, organization.Acronym, StringComparison.OrdinalIgnoreCase)
            ? null
            : asWritten;

    private static string ListUrl(MeetingSearch search) => "/meetings" + search.ToQueryString();

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
