namespace WsisEvents.Web.ViewModels;

/// <summary>Page links: first, last, the current page with two neighbours each side, and gaps between.</summary>
public sealed class PaginationViewModel
{
    public PaginationViewModel(int page, int totalPages, Func<int, string> urlFor)
    {
        Page = page;
        TotalPages = totalPages;
        PreviousUrl = page > 1 && page <= totalPages + 1 ? urlFor(page - 1) : null;
        NextUrl = page < totalPages ? urlFor(page + 1) : null;
        var shown = new SortedSet<int> { 1, totalPages };
        for (var p = page - 2; p <= page + 2; p++)
        {
            if (p >= 1 && p <= totalPages)
            {
                shown.Add(p);
            }
        }

        var items = new List<Item>();
        var previous = 0;
        foreach (var p in shown.Where(p => p >= 1))
        {
            if (p == previous + 2)
            {
                // A gap would hide a single page: show that page instead.
                items.Add(new Item(p - 1, urlFor(p - 1), false));
            }
            else if (p > previous + 2)
            {
                items.Add(new Item(null, null, false));
            }

            items.Add(new Item(p, urlFor(p), p == page));
            previous = p;
        }

        Items = items;
    }

    public int Page { get; }
    public int TotalPages { get; }
    public string? PreviousUrl { get; }
    public string? NextUrl { get; }

    /// <summary>Numbered links; an item without a number is a gap.</summary>
    public IReadOnlyList<Item> Items { get; }

    public bool IsNeeded => TotalPages > 1;

    public sealed record Item(int? Number, string? Url, bool IsCurrent);
}
