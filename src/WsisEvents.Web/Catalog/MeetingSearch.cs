namespace WsisEvents.Web.Catalog;

/// <summary>The query string of <c>/meetings</c>, <c>/api/meetings</c> and the feeds, as typed: every value is
/// bound as text so that a malformed one is reported by name instead of failing model binding.</summary>
public sealed class MeetingSearch
{
    /// <summary>The parameters that narrow the list (as opposed to ordering and paging it).</summary>
    public static readonly IReadOnlyList<string> FilterNames = ["q", "year", "from", "to", "theme", "category", "country", "organizer"];

    /// <summary>Every parameter read, filters, order and paging.</summary>
    public static readonly IReadOnlyList<string> AllNames = [.. FilterNames, "sort", "page", "pageSize"];

    public string? From { get; set; }
    public string? To { get; set; }
    public string? Year { get; set; }
    public string? Theme { get; set; }
    public string? Category { get; set; }
    public string? Country { get; set; }
    public string? Organizer { get; set; }
    public string? Q { get; set; }
    public string? Sort { get; set; }
    public string? Page { get; set; }
    public string? PageSize { get; set; }

    /// <summary>Parameters that the query string gives more than once (<c>?year=2004&amp;year=2005</c>): ambiguous,
    /// so refused rather than silently taking one of them.</summary>
    public IReadOnlyList<string> Repeated { get; private init; } = [];

    /// <summary>Reads the parameters from a query string, matching names case-insensitively as model binding does.</summary>
    public static MeetingSearch FromQuery(IQueryCollection query)
    {
        var search = new MeetingSearch { Repeated = AllNames.Where(n => query[n].Count > 1).ToList() };
        foreach (var name in AllNames)
        {
            if (query.TryGetValue(name, out var values) && values.Count > 0)
            {
                search = search.With(name, values[0]);
            }
        }

        return search;
    }

    public bool HasFilters => FilterNames.Any(n => !string.IsNullOrWhiteSpace(Get(n)));

    public string? Get(string name) => name switch
    {
        "q" => Q,
        "year" => Year,
        "from" => From,
        "to" => To,
        "theme" => Theme,
        "category" => Category,
        "country" => Country,
        "organizer" => Organizer,
        "sort" => Sort,
        "page" => Page,
        "pageSize" => PageSize,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a meeting search parameter."),
    };

    /// <summary>A copy with one parameter set, or removed when <paramref name="value"/> is null or empty.</summary>
    public MeetingSearch With(string name, string? value)
    {
        var copy = (MeetingSearch)MemberwiseClone();
        var v = string.IsNullOrWhiteSpace(value) ? null : value;
        switch (name)
        {
            case "q": copy.Q = v; break;
            case "year": copy.Year = v; break;
            case "from": copy.From = v; break;
            case "to": copy.To = v; break;
            case "theme": copy.Theme = v; break;
            case "category": copy.Category = v; break;
            case "country": copy.Country = v; break;
            case "organizer": copy.Organizer = v; break;
            case "sort": copy.Sort = v; break;
            case "page": copy.Page = v; break;
            case "pageSize": copy.PageSize = v; break;
            default: throw new ArgumentOutOfRangeException(nameof(name), name, "Not a meeting search parameter.");
        }

        return copy;
    }

    /// <summary>A copy without any filter, keeping the order and page size, on its first page.</summary>
    public MeetingSearch WithoutFilters() =>
        FilterNames.Append("page").Aggregate(this, (search, name) => search.With(name, null));

    /// <summary>"?theme=c9-media&amp;year=2005", the parameters in a fixed order, empty ones left out; "" when none.</summary>
    public string ToQueryString()
    {
        var pairs = AllNames
            .Select(n => (Name: n, Value: Get(n)?.Trim()))
            .Where(p => !string.IsNullOrEmpty(p.Value))
            .Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}")
            .ToList();
        return pairs.Count == 0 ? "" : "?" + string.Join("&", pairs);
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

    public string? Text { get; init; }

    /// <summary>No meeting of the date filters can start before this day: the first day they allow, less the span
    /// of the catalog's longest meeting. Implied by the dates, it changes no result; it bounds the walk along the
    /// start-date index, which an overlap condition alone leaves open towards the past.</summary>
    public DateOnly? EarliestStart { get; init; }

    public bool NewestFirst { get; init; }

    /// <summary>Whether the filter leaves out any meeting (as opposed to ordering them all).</summary>
    public bool Narrows => From is not null || To is not null || Year is not null || ThemeId is not null
        || CategoryId is not null || Country is not null || OrganizerId is not null || Text is not null;
}

public sealed record Paging(int Page, int PageSize)
{
    public int Skip => (Page - 1) * PageSize;
}
