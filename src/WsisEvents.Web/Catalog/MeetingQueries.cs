namespace WsisEvents.Web.Catalog;

/// <summary>The one place where a <see cref="MeetingFilter"/> is turned into SQL, so that a filter means the same in
/// the list page, the API and the feeds.</summary>
public static class MeetingQueries
{
    /// <summary>The meetings of <paramref name="filter"/>, untracked. Every condition is one that an index serves;
    /// SearchIndexTests checks the plans.</summary>
    public static IQueryable<Meeting> Filter(this WsisDbContext db, MeetingFilter filter)
    {
        var meetings = db.Meetings.AsNoTracking();

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

        if (filter.EarliestStart is { } earliest)
        {
            meetings = meetings.Where(m => m.StartDate >= earliest);
        }

        // A theme holds a fifth of the catalog or so: cheaper to test each meeting of a date range or of the page
        // being walked (EXISTS) than to fetch and sort all of the theme's meetings.
        if (filter.ThemeId is { } themeId)
        {
            meetings = meetings.Where(m => m.Themes.Any(t => t.ThemeId == themeId));
        }

        if (filter.CategoryId is { } categoryId)
        {
            meetings = meetings.Where(m => m.CategoryId == categoryId);
        }

        // Most organizers have a few meetings: their ids first (IN), from the covering index, then the meetings by
        // key; one with many, within a date range, is tested on each meeting of the range (EXISTS on the key).
        if (filter.OrganizerId is { } organizerId)
        {
            if (filter.OrganizerTestedPerMeeting)
            {
                meetings = meetings.Where(m => m.Organizers.Any(o => o.OrganizationId == organizerId));
            }
            else
            {
                var organized = db.MeetingOrganizers.Where(o => o.OrganizationId == organizerId).Select(o => o.MeetingId);
                meetings = meetings.Where(m => organized.Contains(m.Id));
            }
        }

        if (filter.Country is { } country)
        {
            // Whatever the case: on SQLite with NOCASE, which the index IX_Meetings_Country_NoCase serves; on PostgreSQL
            // with upper(), which IX_Meetings_Country_Upper serves.
            if (db.Database.IsNpgsql())
            {
                var upper = country.ToUpperInvariant();
                meetings = meetings.Where(m => m.Country!.ToUpper() == upper);
            }
            else
            {
                meetings = meetings.Where(m => EF.Functions.Collate(m.Country!, "NOCASE") == country);
            }
        }

        // Few meetings have outcomes: theirs first (IN), from IX_OutcomeDocuments_MeetingId_Position, then each
        // meeting by key, and the matches read once (MatchesOnceQuery), rather than every meeting of the catalog
        // walked and probed. Most have none: those are walked, with one index probe each (NOT EXISTS).
        if (filter.HasOutcomes is { } hasOutcomes)
        {
            if (hasOutcomes)
            {
                var withOutcomes = db.OutcomeDocuments.Select(d => d.MeetingId);
                meetings = meetings.Where(m => withOutcomes.Contains(m.Id));
            }
            else
            {
                meetings = meetings.Where(m => !m.Outcomes.Any());
            }
        }

        if (filter.Text is { } text)
        {
            var matching = MeetingTextSearch.MatchingIds(db, text);
            meetings = meetings.Where(m => matching.Contains(m.Id));
        }

        return meetings;
    }

    public static IQueryable<Meeting> InOrder(this IQueryable<Meeting> meetings, bool newestFirst) => newestFirst
        ? meetings.OrderByDescending(m => m.StartDate).ThenByDescending(m => m.EndDate).ThenBy(m => m.Title).ThenBy(m => m.Id)
        : meetings.OrderBy(m => m.StartDate).ThenBy(m => m.EndDate).ThenBy(m => m.Title).ThenBy(m => m.Id);

    /// <summary>One page of <paramref name="filter"/>'s ids, its exact count and its timeline. For a filter, two
    /// queries whatever it matches: the matches counted by the months they start and end in (GROUP BY over the
    /// filter's index, a few hundred rows out), then the page's ids; one for a text search or an organizer, whose
    /// matches are looked up once for both (<see cref="MatchesOnceQuery"/>); for the whole catalog, none, from
    /// <paramref name="cache"/>.</summary>
    public static async Task<MeetingPage> PageAsync(
        this WsisDbContext db, MeetingFilter filter, Paging paging, CatalogCache cache, CancellationToken cancellationToken)
    {
        if (!filter.Narrows)
        {
            var all = await cache.AllMeetingsAsync(db, filter.NewestFirst, cancellationToken);
            return new MeetingPage(all.PageIds(paging), all.Count, all.Timeline);
        }

        var filtered = db.Filter(filter);
        if (MatchesOnceQuery.Applies(filter))
        {
            var (groups, pageIds) = await MatchesOnceQuery.RunAsync(db, filtered, filter.NewestFirst, paging, byMonth: true, cancellationToken);
            return new MeetingPage(pageIds, groups.Sum(m => m.Count), Timeline.Build(groups));
        }

        var months = await filtered.MonthCounts().ToListAsync(cancellationToken);
        var total = months.Sum(m => m.Count);
        var ids = total <= paging.Skip ? [] : await filtered.PageIdsAsync(filter, paging, cancellationToken);
        return new MeetingPage(ids, total, Timeline.Build(months));
    }

    /// <summary>How many of <paramref name="meetings"/> start in each month and end in each month: one GROUP BY,
    /// whose rows are as many as the distinct pairs of months (a few hundred), not as the meetings.</summary>
    public static IQueryable<MonthSpanCount> MonthCounts(this IQueryable<Meeting> meetings) => meetings
        .GroupBy(m => new { StartYear = m.StartDate.Year, StartMonth = m.StartDate.Month, EndYear = m.EndDate.Year, EndMonth = m.EndDate.Month })
        .Select(g => new MonthSpanCount((g.Key.StartYear * 12) + g.Key.StartMonth - 1, (g.Key.EndYear * 12) + g.Key.EndMonth - 1, g.Count()));

    private static Task<List<int>> PageIdsAsync(this IQueryable<Meeting> filtered, MeetingFilter filter, Paging paging, CancellationToken cancellationToken) =>
        filtered.InOrder(filter.NewestFirst).Skip(paging.Skip).Take(paging.PageSize).Select(m => m.Id).ToListAsync(cancellationToken);

    /// <summary>The meetings of <paramref name="ordered"/>, in its order, with their dates.</summary>
    public static async Task<MeetingMatches> ToMatchesAsync(this IQueryable<Meeting> ordered, CancellationToken cancellationToken) =>
        new(await ordered.Select(m => new MeetingSpan(m.Id, m.StartDate, m.EndDate)).ToArrayAsync(cancellationToken));

    /// <summary>One page of <paramref name="filter"/> and the total: a count and a query of the page's ids, walking the
    /// list's index, then the page's meetings by id.</summary>
    public static async Task<PagedResult<MeetingListItemDto>> ListAsync(
        this WsisDbContext db, MeetingFilter filter, Paging paging, CatalogCache cache, CancellationToken cancellationToken)
    {
        int total;
        IReadOnlyList<int> ids;
        if (filter.Narrows && MatchesOnceQuery.Applies(filter))
        {
            var (count, pageIds) = await MatchesOnceQuery.RunAsync(db, db.Filter(filter), filter.NewestFirst, paging, byMonth: false, cancellationToken);
            total = count.Sum(m => m.Count);
            ids = pageIds;
        }
        else if (filter.Narrows)
        {
            var filtered = db.Filter(filter);
            total = await filtered.CountAsync(cancellationToken);
            ids = total <= paging.Skip ? [] : await filtered.PageIdsAsync(filter, paging, cancellationToken);
        }
        else
        {
            var all = await cache.AllMeetingsAsync(db, filter.NewestFirst, cancellationToken);
            total = all.Count;
            ids = all.PageIds(paging);
        }

        return new PagedResult<MeetingListItemDto>(await db.ListItemsAsync(ids, cancellationToken), total, paging.Page, paging.PageSize);
    }

    /// <summary>The meetings of <paramref name="meetings"/> (ordered and cut as the caller likes), in its order.</summary>
    public static async Task<List<MeetingListItemDto>> ListItemsAsync(this WsisDbContext db, IQueryable<Meeting> meetings, CancellationToken cancellationToken) =>
        await db.ListItemsAsync(await meetings.Select(m => m.Id).ToListAsync(cancellationToken), cancellationToken);

    /// <summary>The meetings with these ids, in that order, with their category, organizers and Action Lines: three
    /// queries by primary key whatever the number of meetings, so a page of 200 costs what a page of 10 does, and
    /// the query that chose the ids (a deep page, a text search) runs once, not once per collection.</summary>
    public static async Task<List<MeetingListItemDto>> ListItemsAsync(this WsisDbContext db, IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        var items = await db.ListItemsByIdAsync(ids, cancellationToken);
        return [.. ids.Where(items.ContainsKey).Select(id => items[id])];
    }

    /// <summary>The meetings with these ids, by id (those that no longer exist are missing): see
    /// <see cref="ListItemsAsync(WsisDbContext, IReadOnlyList{int}, CancellationToken)"/>.</summary>
    public static async Task<Dictionary<int, MeetingListItemDto>> ListItemsByIdAsync(this WsisDbContext db, IReadOnlyList<int> ids, CancellationToken cancellationToken) =>
        (await db.FactsByIdAsync(ids, cancellationToken)).ToDictionary(f => f.Key, f => f.Value.ToListItem());

    /// <summary>The list facts of the meetings with these ids, by id (those that no longer exist are missing), with
    /// their category, organizers (in the source's order) and Action Lines (C1 first).</summary>
    public static async Task<Dictionary<int, MeetingFacts>> FactsByIdAsync(this WsisDbContext db, IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        // One array parameter (json_each on SQLite, = ANY on PostgreSQL) rather than EF Core's default of one
        // parameter per id: the SQL is then the same for every page and its plan is cached, where a list of
        // parameters made EF Core generate each query's SQL anew on every request, under a lock (bench/RESULTS.md).
        var keys = ids as int[] ?? [.. ids];

        // In a language other than English, each name's translation comes in the query of the name, by a lookup on
        // its (entry, language) index: no query more than in English, where the CASE skips the lookups.
        var language = Localization.Languages.Current;
        var translate = !language.IsDefault;
        var code = language.Code;
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => EF.Parameter(keys).Contains(m.Id))
            .Select(m => new
            {
                m.Id,
                m.Slug,
                m.Title,
                TranslatedTitle = translate ? m.Translations.Where(t => t.Language == code).Select(t => t.Title).FirstOrDefault() : null,
                m.StartDate,
                m.EndDate,
                m.DatePrecision,
                m.City,
                m.Country,
                m.IsOnline,
                Category = new CategoryRefDto(m.Category!.Slug, m.Category.Name, "en"),
                TranslatedCategory = translate ? m.Category.Translations.Where(t => t.Language == code).Select(t => t.Name).FirstOrDefault() : null,
                // EXISTS on IX_OutcomeDocuments_MeetingId_Position, in the same query: the row badge costs no round trip.
                HasOutcomes = m.Outcomes.Any(),
            })
            .ToListAsync(cancellationToken);
        var organizers = (await db.MeetingOrganizers.AsNoTracking()
                .Where(o => EF.Parameter(keys).Contains(o.MeetingId))
                .OrderBy(o => o.Position)
                .Select(o => new
                {
                    o.MeetingId,
                    Organizer = new OrganizationRefDto(o.Organization!.Slug, o.Organization.Name, o.Organization.Acronym, "en"),
                    Translated = translate ? o.Organization.Translations.Where(t => t.Language == code).Select(t => t.Name).FirstOrDefault() : null,
                })
                .ToListAsync(cancellationToken))
            .ToLookup(o => o.MeetingId, o => o.Translated is { } name ? o.Organizer with { Name = name, NameLanguage = code } : o.Organizer);
        var themes = (await db.MeetingThemes.AsNoTracking()
                .Where(t => EF.Parameter(keys).Contains(t.MeetingId))
                .OrderBy(t => t.Theme!.SortOrder)
                .Select(t => new
                {
                    t.MeetingId,
                    Theme = new ThemeRefDto(t.Theme!.Slug, t.Theme.Code, t.Theme.Name, "en"),
                    Translated = translate ? t.Theme.Translations.Where(l => l.Language == code).Select(l => l.Name).FirstOrDefault() : null,
                })
                .ToListAsync(cancellationToken))
            .ToLookup(t => t.MeetingId, t => t.Translated is { } name ? t.Theme with { Name = name, NameLanguage = code } : t.Theme);

        return meetings.ToDictionary(m => m.Id, m => new MeetingFacts(
            m.Id, m.Slug, m.TranslatedTitle ?? m.Title, m.StartDate, m.EndDate, m.DatePrecision, m.City, m.Country, m.IsOnline,
            m.TranslatedCategory is { } category ? m.Category with { Name = category, NameLanguage = code } : m.Category,
            [.. organizers[m.Id]], [.. themes[m.Id]], m.HasOutcomes,
            m.TranslatedTitle is null ? Localization.Languages.Default.Code : code));
    }

    public static async Task<MeetingDetailDto?> FindDetailAsync(this WsisDbContext db, string slug, CancellationToken cancellationToken)
    {
        var details = await db.Meetings.AsNoTracking()
            .Where(m => m.Slug == slug)
            .Select(m => new { m.Id, m.Description, Source = new SourceDto(m.SourceDocument, m.SourceLine, m.SourceText), m.Website })
            .FirstOrDefaultAsync(cancellationToken);
        if (details is null)
        {
            return null;
        }

        var item = (await db.ListItemsAsync([details.Id], cancellationToken)).Single();
        var description = await db.DescriptionAsync(details.Id, details.Description, cancellationToken);
        var documents = await db.OfMeetingsAsync([details.Id], cancellationToken);
        return new MeetingDetailDto(item, description.Text, description.Language, details.Source, details.Website, [.. documents[item.Slug]]);
    }

    /// <summary>A meeting's description in the request's language where a translation gives one, else the original.</summary>
    public static async Task<Translated> DescriptionAsync(this WsisDbContext db, int id, string? original, CancellationToken cancellationToken)
    {
        var language = Localization.Languages.Current;
        var translated = language.IsDefault
            ? null
            : await db.MeetingTranslations.AsNoTracking()
                .Where(t => t.MeetingId == id && t.Language == language.Code && t.Description != null)
                .Select(t => t.Description)
                .FirstOrDefaultAsync(cancellationToken);
        return translated is null ? new Translated(original, Localization.Languages.Default.Code) : new Translated(translated, language.Code);
    }

    public static string Iso(DateOnly date) => PartialDates.Format(date, DatePrecision.Day)!;
}
