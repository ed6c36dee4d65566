using Microsoft.EntityFrameworkCore;
using WsisEvents.Web.Domain;

namespace WsisEvents.Web.Catalog;

/// <summary>The one place where a <see cref="MeetingFilter"/> is turned into SQL, so that a filter means the same in
/// the list page, the API and the feeds.</summary>
public static class MeetingQueries
{
    public static IQueryable<Meeting> Filter(this IQueryable<Meeting> meetings, MeetingFilter filter)
    {
        // Ranges overlap: a meeting matches a period if it ends on or after the period's first day and starts on
        // or before its last.
        if (filter.From is { } from)
        {
            meetings = meetings.Where(m => m.EndDate >= from);
        }

        if (filter.To is { } to)
        {
            meetings = meetings.Where(m => m.StartDate <= to);
        }

        if (filter.Year is { } year)
        {
            var first = new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31);
            meetings = meetings.Where(m => m.StartDate <= last && m.EndDate >= first);
        }

        if (filter.ThemeId is { } themeId)
        {
            meetings = meetings.Where(m => m.Themes.Any(t => t.ThemeId == themeId));
        }

        if (filter.CategoryId is { } categoryId)
        {
            meetings = meetings.Where(m => m.CategoryId == categoryId);
        }

        if (filter.OrganizerId is { } organizerId)
        {
            meetings = meetings.Where(m => m.Organizers.Any(o => o.OrganizationId == organizerId));
        }

        if (filter.Country is { } country)
        {
            var upper = country.ToUpperInvariant();
            meetings = meetings.Where(m => m.Country != null && m.Country.ToUpper() == upper);
        }

        if (filter.Text is { } text)
        {
            var pattern = LikePattern.Containing(text);
            meetings = meetings.Where(m =>
                EF.Functions.Like(m.Title, pattern, LikePattern.Escape)
                || EF.Functions.Like(m.Description!, pattern, LikePattern.Escape)
                || EF.Functions.Like(m.City!, pattern, LikePattern.Escape)
                || EF.Functions.Like(m.Country!, pattern, LikePattern.Escape)
                || EF.Functions.Like(m.Venue!, pattern, LikePattern.Escape)
                || m.Organizers.Any(o =>
                    EF.Functions.Like(o.Organization!.Name, pattern, LikePattern.Escape)
                    || EF.Functions.Like(o.Organization.Acronym!, pattern, LikePattern.Escape)
                    || EF.Functions.Like(o.NameAsWritten!, pattern, LikePattern.Escape)));
        }

        return meetings;
    }

    public static IQueryable<Meeting> InOrder(this IQueryable<Meeting> meetings, bool newestFirst) => newestFirst
        ? meetings.OrderByDescending(m => m.StartDate).ThenByDescending(m => m.EndDate).ThenBy(m => m.Title).ThenBy(m => m.Id)
        : meetings.OrderBy(m => m.StartDate).ThenBy(m => m.EndDate).ThenBy(m => m.Title).ThenBy(m => m.Id);

    public static async Task<PagedResult<MeetingListItemDto>> ListAsync(
        this IQueryable<Meeting> meetings, MeetingFilter filter, Paging paging, CancellationToken cancellationToken)
    {
        var filtered = meetings.AsNoTracking().Filter(filter);
        var total = await filtered.CountAsync(cancellationToken);
        var items = total <= paging.Skip
            ? []
            : await filtered.InOrder(filter.NewestFirst).Skip(paging.Skip).Take(paging.PageSize).ToListItems(cancellationToken);
        return new PagedResult<MeetingListItemDto>(items, total, paging.Page, paging.PageSize);
    }

    public static async Task<List<MeetingListItemDto>> ToListItems(this IQueryable<Meeting> meetings, CancellationToken cancellationToken)
    {
        var rows = await meetings.AsNoTracking().AsSplitQuery().Select(m => new
        {
            m.Slug,
            m.Title,
            m.StartDate,
            m.EndDate,
            m.DatePrecision,
            m.City,
            m.Country,
            m.IsOnline,
            Category = new CategoryRefDto(m.Category!.Slug, m.Category.Name),
            Organizers = m.Organizers.OrderBy(o => o.Position)
                .Select(o => new OrganizationRefDto(o.Organization!.Slug, o.Organization.Name, o.Organization.Acronym))
                .ToList(),
            Themes = m.Themes.OrderBy(t => t.Theme!.SortOrder)
                .Select(t => new ThemeRefDto(t.Theme!.Slug, t.Theme.Code, t.Theme.Name))
                .ToList(),
        }).ToListAsync(cancellationToken);

        return rows.Select(r => new MeetingListItemDto(
            r.Slug, MeetingUrls.Page(r.Slug), r.Title, Iso(r.StartDate), Iso(r.EndDate), r.DatePrecision,
            r.City, r.Country, r.IsOnline, r.Category, r.Organizers, r.Themes)).ToList();
    }

    public static async Task<MeetingDetailDto?> FindDetailAsync(this IQueryable<Meeting> meetings, string slug, CancellationToken cancellationToken)
    {
        var bySlug = meetings.AsNoTracking().Where(m => m.Slug == slug);
        var item = (await bySlug.ToListItems(cancellationToken)).FirstOrDefault();
        if (item is null)
        {
            return null;
        }

        var details = await bySlug
            .Select(m => new { m.Description, Source = new SourceDto(m.SourceDocument, m.SourceLine, m.SourceText) })
            .FirstAsync(cancellationToken);
        return MeetingDetailDto.From(item, details.Description, details.Source);
    }

    public static string Iso(DateOnly date) => PartialDates.Format(date, DatePrecision.Day)!;
}
