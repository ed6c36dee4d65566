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

    /// <summary>The timeline of <paramref name="spans"/>: 2003 to 2006 month by month, widened to the whole years
    /// the set spans if it reaches beyond them; with <paramref name="fixedWindow"/>, 2003 to 2006 whatever the set
    /// holds (meetings outside it are counted in <see cref="OutsideWindow"/>).</summary>
    public static Timeline Build(IReadOnlyCollection<MeetingSpan> spans, bool fixedWindow = false)
    {
        var first = DefaultFirst;
        var last = DefaultLast;
        var outside = 0;
        IEnumerable<MeetingSpan> shown = spans;
        if (fixedWindow)
        {
            outside = spans.Count(s => s.End < DefaultFirst || s.Start > DefaultLast);
            shown = spans.Where(s => s.End >= DefaultFirst && s.Start <= DefaultLast);
        }
        else if (spans.Count > 0)
        {
            var earliest = spans.Min(s => s.Start);
            var latest = spans.Max(s => s.End);
            first = earliest >= DefaultFirst ? DefaultFirst : new DateOnly(earliest.Year, 1, 1);
            last = latest <= DefaultLast ? DefaultLast : new DateOnly(latest.Year, 12, 31);
        }

        var months = ((last.Year - first.Year) * 12) + last.Month - first.Month + 1;
        var byYear = months > MaxMonths;
        var counts = new Dictionary<(int Year, int Month), int>();
        foreach (var span in shown)
        {
            for (var d = new DateOnly(span.Start.Year, byYear ? 1 : span.Start.Month, 1); d <= span.End; d = d.AddMonths(byYear ? 12 : 1))
            {
                counts[(d.Year, d.Month)] = counts.GetValueOrDefault((d.Year, d.Month)) + 1;
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
