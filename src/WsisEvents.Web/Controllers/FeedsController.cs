using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Feeds;
using WsisEvents.Web.Infrastructure;
using WsisEvents.Web.Localization;

namespace WsisEvents.Web.Controllers;

/// <summary>The calendars, feed, export and sitemap. The filtered ones take the query of <c>/meetings</c> and
/// validate and filter it with the same code, so a filter means the same everywhere; paging is ignored.</summary>
[EnableRateLimiting(ServiceRegistration.SearchRateLimit)]
[OutputCache(PolicyName = OutputCaching.Page)]
public sealed class FeedsController(WsisDbContext db, CatalogCache cache, IOptions<SitemapOptions> sitemaps) : ControllerBase
{
    /// <summary>A calendar or CSV lists every match up to this many (the newest by date), a bound on the work of
    /// one request; the catalog is far smaller.</summary>
    public const int MaxExported = 5_000;

    /// <summary>Feed readers want the latest changes, not the archive.</summary>
    public const int MaxAtomEntries = 100;

    private const string PlainText = "text/plain; charset=utf-8";

    private static readonly CacheControlHeaderValue Caching = new() { Public = true, MaxAge = TimeSpan.FromMinutes(5) };

    [HttpGet("/meetings.ics")]
    [OutputCache(PolicyName = OutputCaching.MeetingList)]
    public Task<IActionResult> Calendar(CancellationToken cancellationToken)
    {
        var search = MeetingSearch.FromQuery(Request.Query);
        return FilteredAsync(search, FeedUrls.Calendar, FeedUrls.FilterOnly(search), async (filter, _) =>
        {
            // The newest meetings when there are too many; in date order in the file, as people read a calendar.
            var meetings = await db.FeedMeetingsAsync(
                db.Filter(filter)
                    .InOrder(newestFirst: true).Take(MaxExported).InOrder(newestFirst: false),
                cancellationToken);
            return Content(MeetingCalendar.Write(Title(search), meetings, Request.Origin()), MeetingCalendar.ContentType);
        }, cancellationToken);
    }

    [HttpGet("/meetings/{slug}.ics")]
    public async Task<IActionResult> MeetingCalendarFile(string slug, CancellationToken cancellationToken)
    {
        var one = db.Meetings.AsNoTracking().Where(m => m.Slug == slug);
        if (!await one.AnyAsync(cancellationToken))
        {
            return Message(StatusCodes.Status404NotFound, "No meeting has that slug.");
        }

        var version = await FeedVersion.OfMeetingsAsync(db, one, Request.Origin() + FeedUrls.MeetingCalendar(slug), cancellationToken);
        if (NotModified(version) is { } notModified)
        {
            return notModified;
        }

        var meeting = (await db.FeedMeetingsAsync(one, cancellationToken)).Single();
        return Content(MeetingCalendar.Write(meeting.Title, [meeting], Request.Origin()), MeetingCalendar.ContentType);
    }

    [HttpGet("/meetings.atom")]
    [OutputCache(PolicyName = OutputCaching.MeetingList)]
    public Task<IActionResult> Atom(CancellationToken cancellationToken)
    {
        var search = MeetingSearch.FromQuery(Request.Query);
        var filterOnly = FeedUrls.FilterOnly(search);
        return FilteredAsync(search, FeedUrls.Atom, filterOnly, async (filter, version) =>
        {
            var entries = await db.FeedMeetingsAsync(
                db.Filter(filter)
                    .OrderByDescending(m => m.UpdatedAt).ThenByDescending(m => m.Id).Take(MaxAtomEntries),
                cancellationToken);
            var documents = await db.OfMeetingsAsync([.. entries.Select(e => e.Id)], cancellationToken);
            var feed = MeetingAtomFeed.Write(Title(search), filterOnly.ToQueryString(), version.LatestChange, entries, documents, Request.Origin());
            return Content(feed, MeetingAtomFeed.ContentType);
        }, cancellationToken);
    }

    [HttpGet("/meetings.csv")]
    [OutputCache(PolicyName = OutputCaching.MeetingList)]
    public Task<IActionResult> Csv(CancellationToken cancellationToken)
    {
        var search = MeetingSearch.FromQuery(Request.Query);
        return FilteredAsync(search, FeedUrls.Csv, search.Without(SearchParameters.Page, SearchParameters.PageSize), async (filter, _) =>
        {
            // In the list's order (sort is honoured), the newest meetings when there are too many.
            var meetings = await db.FeedMeetingsAsync(
                db.Filter(filter)
                    .InOrder(newestFirst: true).Take(MaxExported).InOrder(filter.NewestFirst),
                cancellationToken);
            return File(MeetingCsv.Write(meetings, Request.Origin()), MeetingCsv.ContentType, MeetingCsv.FileName);
        }, cancellationToken);
    }

    /// <summary>The index of the sitemap files, in the request's language.</summary>
    [HttpGet(FeedUrls.Sitemap)]
    public Task<IActionResult> SitemapIndex(CancellationToken cancellationToken) =>
        SitemapAsync(async latest => Content(
            Sitemap.WriteIndex(await SitemapPages.FilesAsync(db, latest, sitemaps.Value.UrlsPerFile, cancellationToken), Request.SiteOrigin(), HttpContext.Language()),
            Sitemap.ContentType), cancellationToken);

    [HttpGet(SitemapPages.PagesFile)]
    public Task<IActionResult> SitemapOfPages(CancellationToken cancellationToken) =>
        SitemapAsync(async latest => SitemapFile(await SitemapPages.PagesAsync(db, latest, cancellationToken)), cancellationToken);

    [HttpGet("/sitemaps/meetings-{part:int}.xml")]
    public Task<IActionResult> SitemapOfMeetings(int part, CancellationToken cancellationToken) =>
        SitemapAsync(async _ => SitemapFile(await SitemapPages.MeetingsAsync(db, part, sitemaps.Value.UrlsPerFile, cancellationToken)), cancellationToken);

    [HttpGet("/sitemaps/organizations-{part:int}.xml")]
    public Task<IActionResult> SitemapOfOrganizations(int part, CancellationToken cancellationToken) =>
        SitemapAsync(async latest => SitemapFile(await SitemapPages.OrganizationsAsync(db, part, sitemaps.Value.UrlsPerFile, latest, cancellationToken)), cancellationToken);

    /// <summary>Every sitemap file shares the version of the whole catalog (its pages' count, its latest change and its
    /// latest edit) under its own address, so that a few aggregate queries tell a crawler that nothing changed.</summary>
    private async Task<IActionResult> SitemapAsync(Func<DateTime, Task<IActionResult>> render, CancellationToken cancellationToken)
    {
        var (pageCount, latest) = await SitemapPages.CountAndLatestAsync(db, cancellationToken);
        var version = FeedVersion.Of(Request.Origin() + Request.Path, pageCount, latest, await FeedVersion.CatalogRevisionAsync(db, cancellationToken));
        return NotModified(version) ?? await render(latest);
    }

    /// <summary>A file of pages; a part the index does not name (none has no pages) is a 404.</summary>
    private ContentResult SitemapFile(List<Sitemap.Page> pages) =>
        pages.Count == 0
            ? Message(StatusCodes.Status404NotFound, $"The sitemap has no such file; {FeedUrls.Sitemap} names its files.")
            : Content(Sitemap.Write(pages, Request.SiteOrigin(), HttpContext.Language()), Sitemap.ContentType);

    [HttpGet("/robots.txt")]
    public IActionResult Robots()
    {
        Response.GetTypedHeaders().CacheControl = Caching;
        return Content(
            // The admin area and the account pages answer under every language's prefix; each language has a sitemap.
            "User-agent: *\n"
                + string.Concat(Languages.All.Select(l => $"Disallow: {l.Prefix}/admin\nDisallow: {l.Prefix}/account\n"))
                + "\n"
                + string.Concat(Languages.All.Select(l => $"Sitemap: {Request.SiteOrigin()}{l.Prefix}{FeedUrls.Sitemap}\n")),
            PlainText);
    }

    /// <summary>The steps every filtered feed takes: validate the query as the list does (400 with the reasons),
    /// compute the version from the matches alone and answer 304 when the client holds it, and only then load
    /// and render the meetings. <paramref name="canonical"/> holds the parameters that shape the output, for
    /// the ETag.</summary>
    private async Task<IActionResult> FilteredAsync(
        MeetingSearch search, string path, MeetingSearch canonical, Func<MeetingFilter, FeedVersion, Task<IActionResult>> render,
        CancellationToken cancellationToken)
    {
        var outcome = await MeetingSearchValidator.ValidateAsync(db, cache, search, cancellationToken);
        if (!outcome.IsValid)
        {
            var reasons = outcome.Errors.Select(e => $"- {e.Key}: {string.Join(" ", e.Value)}");
            return Message(StatusCodes.Status400BadRequest, "The query has invalid parameters.\n" + string.Join("\n", reasons));
        }

        var matches = db.Filter(outcome.Filter);
        var version = await FeedVersion.OfMeetingsAsync(db, matches, Request.Origin() + path + canonical.ToQueryString(), cancellationToken);
        return NotModified(version) ?? await render(outcome.Filter, version);
    }

    /// <summary>Sends the validators and caching headers, which a 304 carries too (RFC 9110, section 15.4.5), and
    /// returns the 304 when the client already holds this version: If-None-Match, when sent, decides alone, with
    /// the weak comparison (section 13.2.2); otherwise If-Modified-Since. Last-Modified cannot see a deletion (see
    /// <see cref="FeedVersion.Of"/>), so clients that send only a date learn of one at the next edit; calendar
    /// programs send the ETag.</summary>
    private StatusCodeResult? NotModified(FeedVersion version)
    {
        var headers = Response.GetTypedHeaders();
        headers.ETag = version.ETag;
        headers.LastModified = version.LastModified;
        headers.CacheControl = Caching;

        var request = Request.GetTypedHeaders();
        var held = request.IfNoneMatch.Count > 0
            ? request.IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(version.ETag, useStrongComparison: false))
            : request.IfModifiedSince is { } since && version.LastModified <= since;
        return held ? StatusCode(StatusCodes.Status304NotModified) : null;
    }

    private static ContentResult Message(int status, string message) =>
        new() { StatusCode = status, Content = message + "\n", ContentType = PlainText };

    /// <summary>"WSIS meetings · WsisEvents", or with the filter: "WSIS meetings (year 2005, theme c9-media) · WsisEvents".</summary>
    private static string Title(MeetingSearch search)
    {
        var filters = search.GivenFilters().Select(f => $"{f.Parameter.Name} {f.Value}").ToList();
        var L = Localization.Texts.Localizer;
        return filters.Count == 0 ? L["WSIS meetings · WsisEvents"] : L["WSIS meetings ({0}) · WsisEvents", string.Join(L[", "], filters)];
    }
}
