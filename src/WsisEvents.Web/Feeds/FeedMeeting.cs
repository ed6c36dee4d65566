using WsisEvents.Web.Catalog;

namespace WsisEvents.Web.Feeds;

/// <summary>A meeting as the feeds and exports need it: the list's facts (with the immutable id, for UIDs and entry
/// ids) plus the venue, the Markdown description, the website and the UTC timestamps.</summary>
public sealed record FeedMeeting : MeetingFacts
{
    public FeedMeeting(MeetingFacts facts, string? venue, string? description, string? website, DateTime createdAt, DateTime updatedAt)
        : base(facts)
    {
        Venue = venue;
        Description = description;
        Website = website;
        CreatedAt = createdAt;
        UpdatedAt = updatedAt;
    }

    public string? Venue { get; }

    public string? Description { get; }

    public string? Website { get; }

    public DateTime CreatedAt { get; }

    public DateTime UpdatedAt { get; }

    /// <summary>"April 2005" for a month-precision meeting, "2005" for a year; null when the days are known.</summary>
    public string? VagueDates => DatePrecision == DatePrecision.Day ? null : DateRangeText.Format(StartDate, EndDate, DatePrecision);

    public string Place => Phrases.Place(Venue, City, Country, IsOnline);
}

public static class FeedMeetingQueries
{
    /// <summary>The meetings of <paramref name="meetings"/>, in its order: the query once for the ids and what only
    /// the feeds show, then the list's facts by id.</summary>
    public static async Task<List<FeedMeeting>> FeedMeetingsAsync(this WsisDbContext db, IQueryable<Meeting> meetings, CancellationToken cancellationToken)
    {
        // A feed in another language carries the descriptions its translations give (the titles come with the facts).
        var language = Localization.Languages.Current;
        string? code = language.IsDefault ? null : language.Code;
        var rows = await meetings.AsNoTracking()
            .Select(m => new
            {
                m.Id,
                m.Venue,
                Description = code == null
                    ? m.Description
                    : m.Translations.Where(t => t.Language == code && t.Description != null).Select(t => t.Description).FirstOrDefault() ?? m.Description,
                m.Website,
                m.CreatedAt,
                m.UpdatedAt,
            })
            .ToListAsync(cancellationToken);
        var facts = await db.FactsByIdAsync([.. rows.Select(r => r.Id)], cancellationToken);

        // SQLite keeps no DateTimeKind; the columns hold UTC by the model's contract.
        return [.. rows.Where(r => facts.ContainsKey(r.Id)).Select(r => new FeedMeeting(
            facts[r.Id], r.Venue, r.Description, r.Website,
            DateTime.SpecifyKind(r.CreatedAt, DateTimeKind.Utc), DateTime.SpecifyKind(r.UpdatedAt, DateTimeKind.Utc)))];
    }
}
