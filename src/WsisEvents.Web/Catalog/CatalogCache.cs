using System.Collections.Concurrent;

namespace WsisEvents.Web.Catalog;

/// <summary>What pages would otherwise recompute from the whole catalog on every request (all meetings in list
/// order, the filter form's choices, the Action Lines' counts), kept in memory until the catalog changes:
/// <c>Infrastructure.CacheEviction</c> clears it after every committed change.</summary>
public sealed class CatalogCache
{
    private volatile CatalogVersion _current = new();

    /// <summary>The version of the catalog the cache holds now. A request that takes it before it reads anything
    /// can keep what it derives from what it read (a page's HTML, say) in <see cref="CatalogVersion.GetAsync"/>:
    /// should the catalog change meanwhile, that lands in the version it was read from, which nothing reads any more.</summary>
    public CatalogVersion Current => _current;

    public Task<MeetingMatches> AllMeetingsAsync(WsisDbContext db, bool newestFirst, CancellationToken cancellationToken) => newestFirst
        ? _current.GetAsync("meetings:newest", async () => (await AllMeetingsAsync(db, newestFirst: false, cancellationToken)).NewestFirst())
        : _current.GetAsync("meetings:oldest", () => db.Meetings.AsNoTracking().InOrder(newestFirst: false).ToMatchesAsync(cancellationToken));

    /// <summary>How many days the longest meeting lasts beyond its first (0 for one-day meetings).</summary>
    public async Task<int> LongestMeetingDaysAsync(WsisDbContext db, CancellationToken cancellationToken)
    {
        var all = await AllMeetingsAsync(db, newestFirst: false, cancellationToken);
        return all.LongestDays;
    }

    /// <summary>The filter form's choices in the request's language (the Action Lines' names are translated).</summary>
    public Task<FilterOptions> FilterOptionsAsync(WsisDbContext db, CancellationToken cancellationToken)
    {
        var language = Localization.Languages.Current;
        return _current.GetAsync("filter-options:" + language.Code, () => FilterOptions.LoadAsync(db, language, cancellationToken));
    }

    /// <summary>How many meetings each organization organizes (organizations without any are missing).</summary>
    public Task<Dictionary<int, int>> OrganizerMeetingCountsAsync(WsisDbContext db, CancellationToken cancellationToken) =>
        _current.GetAsync("organizer-meeting-counts", () => db.MeetingOrganizers.AsNoTracking()
            .GroupBy(o => o.OrganizationId)
            .Select(g => new { OrganizationId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.OrganizationId, g => g.Count, cancellationToken));

    /// <summary>The Action Lines in the language of the request, kept per language.</summary>
    public Task<IReadOnlyList<ThemeDto>> ThemesAsync(WsisDbContext db, CancellationToken cancellationToken)
    {
        var language = Localization.Languages.Current;
        return _current.GetAsync("themes:" + language.Code, () => ThemeQueries.ListAsync(db, language, cancellationToken));
    }

    /// <summary>Forgets everything. A load that was under way keeps its result in the version it started from,
    /// which nothing reads any more, so a value read before a change never outlives it.</summary>
    public void Clear() => _current = new CatalogVersion();
}

/// <summary>The values kept for one version of the catalog, each loaded once by its key.</summary>
public sealed class CatalogVersion
{
    private readonly ConcurrentDictionary<string, object> _entries = new(StringComparer.Ordinal);

    public async Task<T> GetAsync<T>(string key, Func<Task<T>> load) where T : class
    {
        if (_entries.TryGetValue(key, out var cached))
        {
            return (T)cached;
        }

        var loaded = await load();
        return (T)_entries.GetOrAdd(key, loaded);
    }
}
