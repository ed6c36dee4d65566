namespace WsisEvents.Web.Catalog;

/// <summary>The meetings a filter matches, in list order, with their dates: enough to count them, cut any page and
/// draw the timeline without asking the database again.</summary>
public sealed class MeetingMatches(MeetingSpan[] spans)
{
    private Timeline? _timeline;
    private int? _longestDays;

    public int Count => spans.Length;

    public IReadOnlyList<MeetingSpan> Spans => spans;

    /// <summary>The timeline of these meetings, built once (the whole catalog's is kept by <see cref="CatalogCache"/>).</summary>
    public Timeline Timeline => _timeline ??= Timeline.Build(spans);

    /// <summary>How many days the longest of these meetings lasts beyond its first.</summary>
    public int LongestDays => _longestDays ??= spans.Length == 0 ? 0 : spans.Max(s => s.End.DayNumber - s.Start.DayNumber);

    public List<int> PageIds(Paging paging) => spans.Skip(paging.Skip).Take(paging.PageSize).Select(s => s.Id).ToList();
}

public readonly record struct MeetingSpan(int Id, DateOnly Start, DateOnly End);
