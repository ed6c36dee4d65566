namespace WsisEvents.Web.Catalog;

/// <summary>An organizer, with the source's wording when it differs from the directory's name.</summary>
public sealed record OrganizerLine(OrganizationRefDto Organization, string? AsWritten);

/// <summary>Related meetings under a heading; each meeting is in the first group that has it.</summary>
public sealed record RelatedGroup(string Heading, IReadOnlyList<MeetingListItemDto> Meetings);

/// <summary>What a meeting's page shows: the meeting, its dates and venue as stored, its organizers as the source
/// wrote them, and its related meetings, the first group being those it refers to or that refer to it.</summary>
public sealed record MeetingWithRelated(
    MeetingDetailDto Meeting, DateOnly StartDate, DateOnly EndDate, DatePrecision DatePrecision, string? Venue,
    IReadOnlyList<OrganizerLine> Organizers, IReadOnlyList<RelatedGroup> Related);

public static class RelatedMeetings
{
    private const int PerGroup = 6;

    public static async Task<MeetingWithRelated?> FindWithRelatedAsync(this WsisDbContext db, string slug, CancellationToken cancellationToken)
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
            return null;
        }

        // The related meetings' ids first, then this meeting and all of them in one load.
        var relatedIds = await db.RelatedIdsAsync(stored.Id, stored.StartDate, [.. stored.Organizers.Select(o => o.OrganizationId)], stored.ThemeIds, cancellationToken);
        var items = await db.ListItemsByIdAsync([stored.Id, .. relatedIds.SelectMany(g => g.Ids)], cancellationToken);
        var documents = await db.OfMeetingsAsync([stored.Id], cancellationToken);
        var description = await db.DescriptionAsync(stored.Id, stored.Description, cancellationToken);
        var meeting = new MeetingDetailDto(items[stored.Id], description.Text, description.Language, stored.Source, stored.Website, [.. documents[items[stored.Id].Slug]]);
        return new MeetingWithRelated(
            meeting, stored.StartDate, stored.EndDate, stored.DatePrecision, stored.Venue,
            [.. meeting.Organizers.Select((o, i) => new OrganizerLine(o, AsWrittenIfDifferent(stored.Organizers[i].NameAsWritten, o)))],
            [.. relatedIds.Select(g => new RelatedGroup(g.Heading, [.. g.Ids.Where(items.ContainsKey).Select(id => items[id])]))]);
    }

    /// <summary>The related meetings by group, each meeting in the first group that has it.</summary>
    private static async Task<List<(string Heading, List<int> Ids)>> RelatedIdsAsync(
        this WsisDbContext db, int id, DateOnly start, List<int> organizerIds, List<int> themeIds, CancellationToken cancellationToken)
    {
        var groups = new List<(string Heading, List<int> Ids)>();
        var shown = new HashSet<int> { id };

        // Both directions as one list of ids, so that SQLite looks them up by key instead of testing every meeting.
        var referredIds = db.MeetingRelations.Where(r => r.MeetingId == id).Select(r => r.RelatedMeetingId)
            .Union(db.MeetingRelations.Where(r => r.RelatedMeetingId == id).Select(r => r.MeetingId));
        Add(Localization.Texts.Key("Meetings it refers to or that refer to it"), await db.Meetings.Where(m => referredIds.Contains(m.Id))
            .InOrder(newestFirst: false).Select(m => m.Id).ToListAsync(cancellationToken));

        if (organizerIds.Count > 0)
        {
            Add(Localization.Texts.Key("Other meetings of the same organizers"), await NearestAsync(
                db.Meetings.Where(m => m.Id != id && m.Organizers.Any(o => organizerIds.Contains(o.OrganizationId))), start, cancellationToken));
        }

        if (themeIds.Count > 0)
        {
            Add(Localization.Texts.Key("Meetings on the same Action Lines"), await NearestAsync(
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
            .InOrder(newestFirst: true).Take(PerGroup / 2).Select(m => m.Id).ToListAsync(cancellationToken);
        var after = await candidates.Where(m => m.StartDate >= start)
            .InOrder(newestFirst: false).Take(PerGroup - before.Count).Select(m => m.Id).ToListAsync(cancellationToken);
        before.Reverse();
        return [.. before, .. after];
    }

    private static string? AsWrittenIfDifferent(string? asWritten, OrganizationRefDto organization) =>
        string.IsNullOrWhiteSpace(asWritten)
        || string.Equals(asWritten, organization.Name, StringComparison.OrdinalIgnoreCase)
        || string.Equals(asWritten, organization.Acronym, StringComparison.OrdinalIgnoreCase)
            ? null
            : asWritten;
}
