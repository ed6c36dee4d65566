namespace WsisEvents.Web.Catalog;

/// <summary>The whole catalog in list order, with the meetings' dates: enough to count it, cut any page and draw the
/// timeline without asking the database again. (A filter's count and timeline come from the database instead:
/// <see cref="MeetingQueries.PageAsync"/>.)</summary>
public sealed class MeetingMatches(MeetingSpan[] spans)
{
    private List<MonthSpanCount>? _months;
    private Timeline? _timeline;
    private int? _longestDays;

    public int Count => spans.Length;

    public IReadOnlyList<MeetingSpan> Spans => spans;

    /// <summary>These meetings grouped by the months they start and end in, counted once.</summary>
    public IReadOnlyCollection<MonthSpanCount> Months => _months ??= MonthSpanCount.Of(spans);

    /// <summary>The timeline of these meetings, built once (the whole catalog's is kept by <see cref="CatalogCache"/>).</summary>
    public Timeline Timeline => _timeline ??= Timeline.Build(Months);

    /// <summary>How many days the longest of these meetings lasts beyond its first.</summary>
    public int LongestDays => _longestDays ??= spans.Length == 0 ? 0 : spans.Max(s => s.End.DayNumber - s.Start.DayNumber);

    /// <summary>These meetings (in list order, oldest first) newest first, as <see cref="MeetingQueries.InOrder"/>
    /// orders them: by dates descending, and within the same dates still by title and id, so each run of equal
    /// dates keeps its order while the runs are reversed. No query, and no sort: SQLite cannot walk the list's index
    /// backwards for this mixed order and would sort the whole catalog.</summary>
    public MeetingMatches NewestFirst()
    {
        var reversed = new MeetingSpan[spans.Length];
        var written = 0;
        for (var end = spans.Length; end > 0;)
        {
            var start = end - 1;
            while (start > 0 && spans[start - 1].Start == spans[end - 1].Start && spans[start - 1].End == spans[end - 1].End)
            {
                start--;
            }

            Array.Copy(spans, start, reversed, written, end - start);
            written += end - start;
            end = start;
        }

        return new MeetingMatches(reversed);
    }

    /// <summary>How many of these meetings (in list order, oldest first) start between <paramref name="first"/> and
    /// <paramref name="last"/> (either open when null): the rows a walk of the start-date index over that range reads.</summary>
    public int CountStarting(DateOnly? first, DateOnly? last)
    {
        var from = first is { } f ? FirstStartingOnOrAfter(f) : 0;
        var to = last is { } l ? FirstStartingOnOrAfter(l.AddDays(1)) : spans.Length;
        return Math.Max(0, to - from);
    }

    public List<int> PageIds(Paging paging) => spans.Skip(paging.Skip).Take(paging.PageSize).Select(s => s.Id).ToList();

    private int FirstStartingOnOrAfter(DateOnly day)
    {
        int low = 0, high = spans.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (spans[middle].Start < day)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}

public readonly record struct MeetingSpan(int Id, DateOnly Start, DateOnly End);

/// <summary>A page of a list: its meetings' ids in order, how many the whole list holds, and the list's timeline.</summary>
public sealed record MeetingPage(IReadOnlyList<int> Ids, int Total, Timeline Timeline);
