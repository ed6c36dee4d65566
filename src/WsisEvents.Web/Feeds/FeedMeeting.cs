using Microsoft.EntityFrameworkCore;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Domain;

namespace WsisEvents.Web.Feeds;

/// <summary>A meeting as the feeds and exports need it: the list item's facts plus the immutable id (for UIDs
/// and entry ids), the venue, the Markdown description and the UTC timestamps.</summary>
public sealed record FeedMeeting(
    int Id,
    string Slug,
    string Title,
    DateOnly StartDate,
    DateOnly EndDate,
    DatePrecision DatePrecision,
    string? Venue,
    string? City,
    string? Country,
    bool IsOnline,
    string CategoryName,
    IReadOnlyList<OrganizationRefDto> Organizers,
    IReadOnlyList<ThemeRefDto> Themes,
    string? Description,
    string? Website,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    /// <summary>"April 2005" for a month-precision meeting, "2005" for a year; null when the days are known.</summary>
    public string? VagueDates => DatePrecision == DatePrecision.Day ? null : DateRangeText.Format(StartDate, EndDate, DatePrecision);

    public string Place => Phrases.Place(Venue, City, Country, IsOnline);
}

public static class FeedMeetingQueries
{
    /// <summary>The meetings of <paramref name="meetings"/>, in its order.</summary>
    public static async Task<List<FeedMeeting>> ToFeedMeetingsAsync(this IQueryable<Meeting> meetings, CancellationToken cancellationToken)
    {
        var rows = await meetings.AsNoTracking().AsSplitQuery().Select(m => new
        {
            m.Id,
            m.Slug,
            m.Title,
            m.StartDate,
            m.EndDate,
            m.DatePrecision,
            m.Venue,
            m.City,
            m.Country,
            m.IsOnline,
            CategoryName = m.Category!.Name,
            Organizers = m.Organizers.OrderBy(o => o.Position)
                .Select(o => new OrganizationRefDto(o.Organization!.Slug, o.Organization.Name, o.Organization.Acronym))
                .ToList(),
            Themes = m.Themes.OrderBy(t => t.Theme!.SortOrder)
                .Select(t => new ThemeRefDto(t.Theme!.Slug, t.Theme.Code, t.Theme.Name))
                .ToList(),
            m.Description,
            m.Website,
            m.CreatedAt,
            m.UpdatedAt,
        }).ToListAsync(cancellationToken);

        // SQLite keeps no DateTimeKind; the columns hold UTC by the model's contract.
        return rows.Select(r => new FeedMeeting(
            r.Id, r.Slug, r.Title, r.StartDate, r.EndDate, r.DatePrecision, r.Venue, r.City, r.Country, r.IsOnline,
            r.CategoryName, r.Organizers, r.Themes, r.Description, r.Website,
            DateTime.SpecifyKind(r.CreatedAt, DateTimeKind.Utc), DateTime.SpecifyKind(r.UpdatedAt, DateTimeKind.Utc))).ToList();
    }
}
