using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using WsisEvents.Web.Data;

namespace WsisEvents.Web.Catalog;

/// <summary>What pages would otherwise recompute from the whole catalog on every request (all meetings in list
/// order, the filter form's choices, the Action Lines' counts), kept in memory until the catalog changes:
/// <c>Infrastructure.CacheEviction</c> clears it after every committed change.</summary>
public sealed class CatalogCache
{
    private volatile ConcurrentDictionary<string, object> _entries = new(StringComparer.Ordinal);

    public Task<MeetingMatches> AllMeetingsAsync(WsisDbContext db, bool newestFirst, CancellationToken cancellationToken) => newestFirst
        ? GetAsync("meetings:newest", async () => (await AllMeetingsAsync(db, newestFirst: false, cancellationToken)).NewestFirst())
        : GetAsync("meetings:oldest", () => db.Meetings.AsNoTracking().InOrder(newestFirst: false).ToMatchesAsync(cancellationToken));

    /// <summary>How many days the longest meeting lasts beyond its first (0 for one-day meetings).</summary>
    public async Task<int> LongestMeetingDaysAsync(WsisDbContext db, CancellationToken cancellationToken)
    {
        var all = await AllMeetingsAsync(db, newestFirst: false, cancellationToken);
        return all.LongestDays;
    }

    public Task<FilterOptions> FilterOptionsAsync(WsisDbContext db, CancellationToken cancellationToken) =>
        GetAsync("filter-options", () => FilterOptions.LoadAsync(db, cancellationToken));

    public Task<IReadOnlyList<ThemeDto>> ThemesAsync(WsisDbContext db, CancellationToken cancellationToken) =>
        GetAsync("themes", () => ThemeQueries.ListAsync(db, cancellationToken));

    /// <summary>Forgets everything. A load that was under way keeps its result in the dictionary it started from,
    /// which nothing reads any more, so a value read before a change never outlives it.</summary>
    public void Clear() => _entries = new ConcurrentDictionary<string, object>(StringComparer.Ordinal);

    private async Task<T> GetAsync<T>(string key, Func<Task<T>> load) where T : class
    {
        var entries = _entries;
        if (entries.TryGetValue(key, out var cached))
        {
            return (T)cached;
        }

        var loaded = await load();
        entries.TryAdd(key, loaded);
        return loaded;
    }
}
