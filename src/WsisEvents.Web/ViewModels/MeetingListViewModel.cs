using WsisEvents.Web.Catalog;

namespace WsisEvents.Web.ViewModels;

public sealed class MeetingListViewModel
{
    public required MeetingSearch Search { get; init; }
    public required FilterOptions Options { get; init; }
    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();
    public int Total { get; init; }
    public IReadOnlyList<YearGroup> Years { get; init; } = [];
    public IReadOnlyList<FilterChip> Chips { get; init; } = [];
    public PaginationViewModel? Pagination { get; init; }
    public TimelineViewModel? Timeline { get; init; }
    public bool NewestFirst { get; init; }
    public required string OldestFirstUrl { get; init; }
    public required string NewestFirstUrl { get; init; }
    public string? ClearUrl { get; init; }
    public int FirstShown { get; init; }
    public int LastShown { get; init; }
    public required string ApiUrl { get; init; }

    /// <summary>Null when the filter is invalid: there is nothing to subscribe to.</summary>
    public FeedLinksViewModel? Feeds { get; init; }

    public bool IsValid => Errors.Count == 0;

    public string? ErrorFor(string parameter) => Errors.TryGetValue(parameter, out var messages) ? string.Join(" ", messages) : null;

    public string Heading => Search.HasFilters ? "Meetings matching your filters" : "All meetings";

    public sealed record YearGroup(int Year, IReadOnlyList<MonthGroup> Months);

    public sealed record MonthGroup(string Name, string Id, IReadOnlyList<MeetingRowViewModel> Meetings);

    public sealed record FilterChip(string Label, string RemoveUrl);
}
