using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using WsisEvents.Web.Catalog;

namespace WsisEvents.Web.ViewModels;

public sealed class MeetingListViewModel
{
    public required MeetingSearch Search { get; init; }
    public required FilterFormOptions.Selected Form { get; init; }

    /// <summary>The catalog version the page was read from, which keeps <see cref="TimelineKey"/>'s HTML.</summary>
    public CatalogVersion? Version { get; init; }
    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();
    public int Total { get; init; }
    public IReadOnlyList<YearGroup> Years { get; init; } = [];
    public IReadOnlyList<FilterChip> Chips { get; init; } = [];
    public PaginationViewModel? Pagination { get; init; }
    /// <summary>Built only when drawn: a timeline kept by <see cref="TimelineKey"/> is drawn once per catalog version.</summary>
    public Func<TimelineViewModel>? Timeline { get; init; }

    /// <summary>The key under which the timeline's HTML is the same for every request of a catalog version (the
    /// whole catalog's, on every page of the list); null when it is drawn for this request alone.</summary>
    public string? TimelineKey { get; init; }
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

    /// <summary>The timeline's HTML: drawn by <paramref name="html"/>'s partial view, once per catalog version when
    /// it has a <see cref="TimelineKey"/>.</summary>
    public async Task<IHtmlContent> TimelineHtmlAsync(IHtmlHelper html, System.Text.Encodings.Web.HtmlEncoder encoder)
    {
        if (TimelineKey is null || Version is null)
        {
            return await html.PartialAsync("_Timeline", Timeline!());
        }

        return await Version.GetAsync(TimelineKey, async () =>
        {
            await using var writer = new StringWriter();
            (await html.PartialAsync("_Timeline", Timeline!())).WriteTo(writer, encoder);
            return new HtmlString(writer.ToString());
        });
    }

    /// <summary>The English key of the list's name, as the feeds' links call it.</summary>
    public string Heading => Search.HasFilters ? Localization.Texts.Key("Meetings matching your filters") : Localization.Texts.Key("All meetings");

    public sealed record YearGroup(int Year, IReadOnlyList<MonthGroup> Months);

    public sealed record MonthGroup(string Name, string Id, IReadOnlyList<MeetingRowViewModel> Meetings);

    public sealed record FilterChip(string Label, string RemoveUrl);
}
