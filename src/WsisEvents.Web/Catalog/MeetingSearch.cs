namespace WsisEvents.Web.Catalog;

/// <summary>The query string of <c>/meetings</c>, <c>/api/meetings</c> and the feeds, as typed: one text per
/// <see cref="SearchParameter"/>, so that a malformed value is reported by name instead of failing model binding.
/// Immutable: <see cref="With"/> makes the changed copies that links need.</summary>
public sealed class MeetingSearch
{
    public static readonly MeetingSearch Empty = new(new string?[SearchParameters.All.Count], []);

    private readonly string?[] values;

    private MeetingSearch(string?[] values, IReadOnlyList<SearchParameter> repeated)
    {
        this.values = values;
        Repeated = repeated;
    }

    /// <summary>Parameters that the query string gives more than once (<c>?year=2004&amp;year=2005</c>): ambiguous,
    /// so refused rather than silently taking one of them.</summary>
    public IReadOnlyList<SearchParameter> Repeated { get; }

    /// <summary>The value as given (never empty or blank: those count as absent), or null.</summary>
    public string? this[SearchParameter parameter] => values[Index(parameter)];

    /// <summary>Reads the parameters from a query string, matching names case-insensitively as model binding does.</summary>
    public static MeetingSearch FromQuery(IQueryCollection query)
    {
        var values = new string?[SearchParameters.All.Count];
        var repeated = new List<SearchParameter>();
        for (var i = 0; i < values.Length; i++)
        {
            if (query.TryGetValue(SearchParameters.All[i].Name, out var given) && given.Count > 0)
            {
                values[i] = Normalize(given[0]);
                if (given.Count > 1)
                {
                    repeated.Add(SearchParameters.All[i]);
                }
            }
        }

        return new MeetingSearch(values, repeated);
    }

    public bool HasFilters => SearchParameters.Filters.Any(p => this[p] is not null);

    /// <summary>The filters that are set, each with its value trimmed, in the canonical order.</summary>
    public IEnumerable<(SearchParameter Parameter, string Value)> GivenFilters() => SearchParameters.Filters
        .Where(p => this[p] is not null)
        .Select(p => (p, this[p]!.Trim()));

    /// <summary>A copy with one parameter set, or removed when <paramref name="value"/> is null or blank.</summary>
    public MeetingSearch With(SearchParameter parameter, string? value)
    {
        var copy = (string?[])values.Clone();
        copy[Index(parameter)] = Normalize(value);
        return new MeetingSearch(copy, Repeated);
    }

    /// <summary>A copy without the given parameters.</summary>
    public MeetingSearch Without(params ReadOnlySpan<SearchParameter> parameters)
    {
        var copy = (string?[])values.Clone();
        foreach (var parameter in parameters)
        {
            copy[Index(parameter)] = null;
        }

        return new MeetingSearch(copy, Repeated);
    }

    /// <summary>A copy without any filter, keeping the order and page size, on its first page.</summary>
    public MeetingSearch WithoutFilters() => Without([.. SearchParameters.Filters, SearchParameters.Page]);

    /// <summary>"?theme=c9-media&amp;year=2005", the parameters in a fixed order, empty ones left out; "" when none.</summary>
    public string ToQueryString()
    {
        var pairs = SearchParameters.All
            .Select(p => (p.Name, Value: this[p]?.Trim()))
            .Where(p => !string.IsNullOrEmpty(p.Value))
            .Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}")
            .ToList();
        return pairs.Count == 0 ? "" : "?" + string.Join("&", pairs);
    }

    private static string? Normalize(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static int Index(SearchParameter parameter)
    {
        for (var i = 0; i < SearchParameters.All.Count; i++)
        {
            if (ReferenceEquals(SearchParameters.All[i], parameter))
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(parameter), parameter.Name, "Not a parameter of SearchParameters.All.");
    }
}

/// <summary>A validated <see cref="MeetingSearch"/>, with slugs resolved to the entries they name.</summary>
public sealed record MeetingFilter
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public int? Year { get; init; }
    public int? ThemeId { get; init; }
    public int? CategoryId { get; init; }
    public string? Country { get; init; }
    public int? OrganizerId { get; init; }

    /// <summary>Only meetings with outcome documents (true) or only those without (false).</summary>
    public bool? HasOutcomes { get; init; }

    public string? Text { get; init; }

    /// <summary>No meeting of the date filters can start before this day: the first day they allow, less the span
    /// of the catalog's longest meeting. Implied by the dates, it changes no result; it bounds the walk along the
    /// start-date index, which an overlap condition alone leaves open towards the past.</summary>
    public DateOnly? EarliestStart { get; init; }

    /// <summary>Whether the organizer is tested on each meeting the date filters' range walks (EXISTS on the link
    /// table's key) rather than its meetings taken first and each looked up (IN): set by
    /// <see cref="MeetingSearchValidator"/> when the organizer has more meetings than half those the range walks.
    /// Changes no result, only the plan.</summary>
    public bool OrganizerTestedPerMeeting { get; init; }

    public bool NewestFirst { get; init; }

    /// <summary>Whether the filter leaves out any meeting (as opposed to ordering them all).</summary>
    public bool Narrows => From is not null || To is not null || Year is not null || ThemeId is not null
        || CategoryId is not null || Country is not null || OrganizerId is not null || HasOutcomes is not null || Text is not null;
}

public sealed record Paging(int Page, int PageSize)
{
    public int Skip => (Page - 1) * PageSize;
}
