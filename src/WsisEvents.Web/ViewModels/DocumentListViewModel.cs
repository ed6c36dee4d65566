using WsisEvents.Web.Catalog;

namespace WsisEvents.Web.ViewModels;

public sealed class DocumentListViewModel
{
    /// <summary>The values as given, by parameter name.</summary>
    public required IReadOnlyDictionary<string, string> Given { get; init; }
    public required FilterOptions Options { get; init; }
    public required IReadOnlyList<(string Value, string Label)> Kinds { get; init; }
    public required IReadOnlyList<(string Tag, string Name)> Languages { get; init; }
    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();
    public int Total { get; init; }
    public IReadOnlyList<OutcomeLine> Documents { get; init; } = [];
    public IReadOnlyList<MeetingListViewModel.FilterChip> Chips { get; init; } = [];
    public PaginationViewModel? Pagination { get; init; }
    public string? ClearUrl { get; init; }
    public required string ApiUrl { get; init; }

    /// <summary>"?kind=report&amp;year=2005": the given parameters in the canonical order, for the list in another
    /// language.</summary>
    public required string CanonicalQuery { get; init; }

    public bool IsValid => Errors.Count == 0;

    public string? this[DocumentQueryParameter parameter] => Given.GetValueOrDefault(parameter.Name);

    public string? ErrorFor(DocumentQueryParameter parameter) =>
        Errors.TryGetValue(parameter.Name, out var messages) ? string.Join(" ", messages) : null;
}
