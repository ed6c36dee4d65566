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

    /// <summary>The timeline of a set given as its <paramref name="groups"/> (how many of its meetings start in one
    /// month and end in another): 2003 to 2006 month by month, widened to the whole years the set spans if it
    /// reaches beyond them; with <paramref name="fixedWindow"/>, 2003 to 2006 whatever the set holds (meetings
    /// outside it are counted in <see cref="OutsideWindow"/>). The window's edges are whole months, so the groups
    /// tell exactly which meetings it shows.</summary>
    public static Timeline Build(IReadOnlyCollection<MonthSpanCount> groups, bool fixedWindow = false)
    {
        var first = MonthSpanCount.MonthNumber(DefaultFirst);
        var last = MonthSpanCount.MonthNumber(DefaultLast);
        var outside = 0;
        IEnumerable<MonthSpanCount> shown = groups;
        if (fixedWindow)
        {
            outside = groups.Where(g => g.LastMonth < first || g.FirstMonth > last).Sum(g => g.Count);
            shown = groups.Where(g => g.LastMonth >= first && g.FirstMonth <= last);
        }
        else if (groups.Count > 0)
        {
            // Whole years: month numbers count from January of year 0.
            first = Math.Min(first, groups.Min(g => g.FirstMonth) / 12 * 12);
            last = Math.Max(last, (groups.Max(g => g.LastMonth) / 12 * 12) + 11);
        }

        var byYear = last - first + 1 > MaxMonths;
        var step = byYear ? 12 : 1;
        var counts = new int[((last - first) / step) + 1];
        foreach (var group in shown)
        {
            // A meeting counts once in each period it overlaps: in each year it touches, however many of its months.
            var from = Math.Max(first, group.FirstMonth);
            var to = Math.Min(last, group.LastMonth);
            for (var period = (from - first) / step; period <= (to - first) / step; period++)
            {
                counts[period] += group.Count;
            }
        }

        var buckets = new List<TimelineBucket>(counts.Length);
        for (var period = 0; period < counts.Length; period++)
        {
            var start = MonthSpanCount.FirstDay(first + (period * step));
            buckets.Add(new TimelineBucket(start, start.AddMonths(step).AddDays(-1), counts[period], byYear));
        }

        return new Timeline(buckets, byYear) { OutsideWindow = outside };
    }
}

/// <summary><see cref="Count"/> meetings of a set that start in the month <see cref="FirstMonth"/> and end in the
/// month <see cref="LastMonth"/> (months numbered from January of year 0): all a timeline needs to know of a set,
/// in a few hundred groups whatever its size, which the database counts without handing over a single meeting.</summary>
public readonly record struct MonthSpanCount(int FirstMonth, int LastMonth, int Count)
{
    public static int MonthNumber(DateOnly date) => MonthNumber(date.Year, date.Month);

    public static int MonthNumber(int year, int month) => (year * 12) + month - 1;

    public static DateOnly FirstDay(int monthNumber) => new(monthNumber / 12, (monthNumber % 12) + 1, 1);

    /// <summary>The groups of meetings already in memory, as the database would count them.</summary>
    public static List<MonthSpanCount> Of(IEnumerable<MeetingSpan> spans) =>
    [
        .. spans.CountBy(s => (MonthNumber(s.Start), MonthNumber(s.End)))
            .Select(g => new MonthSpanCount(g.Key.Item1, g.Key.Item2, g.Value)),
    ];
}

public sealed record TimelineBucket(DateOnly First, DateOnly Last, int Count, bool IsYear)
{
    public string Label => IsYear ? First.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : DateRangeText.MonthAndYear(First.Year, First.Month);
}
