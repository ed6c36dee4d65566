using Microsoft.EntityFrameworkCore;
using WsisEvents.Web.Domain;

namespace WsisEvents.Web.Catalog;

/// <summary>How many meetings fall in each month (or, over a long span, each year) of a filtered set. A meeting
/// counts in every period its dates overlap, which is what the period's link to the list finds.</summary>
public sealed record Timeline(IReadOnlyList<TimelineBucket> Buckets, bool ByYear)
{
    public static readonly DateOnly DefaultFirst = new(2003, 1, 1);
    public static readonly DateOnly DefaultLast = new(2006, 12, 31);

    /// <summary>Beyond this many months the timeline shows years, so that it stays readable on a phone.</summary>
    public const int MaxMonths = 72;

    public int MaxCount => Buckets.Count == 0 ? 0 : Buckets.Max(b => b.Count);

    /// <summary>Meetings of the set that fall outside a fixed window.</summary>
    public int OutsideWindow { get; init; }

    /// <summary>The timeline of <paramref name="filtered"/>: 2003 to 2006 month by month, widened to the whole
    /// years the set spans if it reaches beyond them; with <paramref name="fixedWindow"/>, 2003 to 2006 whatever
    /// the set holds (meetings outside it are counted in <see cref="OutsideWindow"/>).</summary>
    public static async Task<Timeline> BuildAsync(IQueryable<Meeting> filtered, CancellationToken cancellationToken, bool fixedWindow = false)
    {
        var first = DefaultFirst;
        var last = DefaultLast;
        var outside = 0;
        if (fixedWindow)
        {
            outside = await filtered.CountAsync(m => m.EndDate < DefaultFirst || m.StartDate > DefaultLast, cancellationToken);
            filtered = filtered.Where(m => m.EndDate >= DefaultFirst && m.StartDate <= DefaultLast);
        }
        else
        {
            var earliest = await filtered.MinAsync(m => (DateOnly?)m.StartDate, cancellationToken);
            var latest = await filtered.MaxAsync(m => (DateOnly?)m.EndDate, cancellationToken);
            first = earliest is null || earliest >= DefaultFirst ? DefaultFirst : new DateOnly(earliest.Value.Year, 1, 1);
            last = latest is null || latest <= DefaultLast ? DefaultLast : new DateOnly(latest.Value.Year, 12, 31);
        }

        var months = ((last.Year - first.Year) * 12) + last.Month - first.Month + 1;
        var byYear = months > MaxMonths;

        // Most meetings start and end in one month: count those by their start month in SQL, and spread the few
        // that span several months over each month they cover.
        var singleMonth = await filtered
            .Where(m => m.StartDate.Year == m.EndDate.Year && m.StartDate.Month == m.EndDate.Month)
            .GroupBy(m => new { m.StartDate.Year, m.StartDate.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var multiMonth = await filtered
            .Where(m => m.StartDate.Year != m.EndDate.Year || m.StartDate.Month != m.EndDate.Month)
            .Select(m => new { m.StartDate, m.EndDate })
            .ToListAsync(cancellationToken);

        var counts = new Dictionary<(int Year, int Month), int>();
        foreach (var s in singleMonth)
        {
            counts[(s.Year, byYear ? 1 : s.Month)] = counts.GetValueOrDefault((s.Year, byYear ? 1 : s.Month)) + s.Count;
        }

        foreach (var m in multiMonth)
        {
            var seen = new HashSet<(int, int)>();
            for (var d = new DateOnly(m.StartDate.Year, m.StartDate.Month, 1); d <= m.EndDate; d = d.AddMonths(1))
            {
                var key = (d.Year, byYear ? 1 : d.Month);
                if (seen.Add(key))
                {
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        var buckets = new List<TimelineBucket>();
        if (byYear)
        {
            for (var year = first.Year; year <= last.Year; year++)
            {
                buckets.Add(new TimelineBucket(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), counts.GetValueOrDefault((year, 1)), true));
            }
        }
        else
        {
            for (var d = first; d <= last; d = d.AddMonths(1))
            {
                buckets.Add(new TimelineBucket(d, d.AddMonths(1).AddDays(-1), counts.GetValueOrDefault((d.Year, d.Month)), false));
            }
        }

        return new Timeline(buckets, byYear) { OutsideWindow = outside };
    }
}

public sealed record TimelineBucket(DateOnly First, DateOnly Last, int Count, bool IsYear)
{
    public string Label => IsYear ? First.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : DateRangeText.MonthAndYear(First.Year, First.Month);
}
