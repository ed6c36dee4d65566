using System.Globalization;
using Microsoft.Extensions.Localization;
using WsisEvents.Web.Localization;

namespace WsisEvents.Web.Catalog;

/// <summary>What a parameter of <c>/meetings</c> does: narrow the list, order it, or page it.</summary>
public enum SearchParameterRole
{
    Filter,
    Order,
    Paging,
}

/// <summary>The value a parameter takes, as the API reference describes it: a JSON Schema type (<c>string</c> or
/// <c>integer</c>) with its format, bounds and allowed values.</summary>
public sealed record SearchValueSchema(string Type)
{
    public string? Format { get; init; }
    public int? Minimum { get; init; }
    public int? Maximum { get; init; }
    public int? MaxLength { get; init; }
    public IReadOnlyList<string>? Values { get; init; }
    public string? Default { get; init; }
    public string? Example { get; init; }
}

/// <summary>What the parameters read into while a query is checked: the filter, the paging, and the database for
/// the slugs that must be resolved.</summary>
public sealed class SearchReading(WsisDbContext db, CancellationToken cancellationToken)
{
    public WsisDbContext Db => db;
    public CancellationToken CancellationToken => cancellationToken;
    public MeetingFilter Filter { get; set; } = new();
    public Paging Paging { get; set; } = new(1, SearchParameters.DefaultPageSize);
}

/// <summary>One parameter of <c>/meetings</c>, described once: its name in the query string, how its value is read
/// into the filter (or the message that says what it should be), its chip on the list page, its description and type
/// in the API reference, and whether the output cache keeps an entry per value. The list page, the API, the feeds'
/// titles, the cache key and the chips all read these.</summary>
public sealed class SearchParameter
{
    public required string Name { get; init; }
    public required SearchParameterRole Role { get; init; }

    /// <summary>One sentence for the API reference.</summary>
    public required string Description { get; init; }

    public required SearchValueSchema Schema { get; init; }

    /// <summary>Reads the value (trimmed, never empty) into the reading, or returns the message that says what it
    /// should be.</summary>
    public required Func<SearchReading, string, ValueTask<string?>> Read { get; init; }

    /// <summary>The label of the chip that removes this filter, for the value as given; null for order and paging.</summary>
    public Func<string, FilterOptions, string>? Chip { get; init; }

    /// <summary>Whether the output cache keeps one entry per value (every parameter that changes the answer).</summary>
    public bool VariesOutputCache { get; init; } = true;

    public bool IsFilter => Role == SearchParameterRole.Filter;

    public override string ToString() => Name;
}

/// <summary>The parameters of <c>/meetings</c>, <c>/api/meetings</c> and the feeds. A new filter is one more
/// descriptor here (listed in <see cref="All"/>), a field of <see cref="MeetingFilter"/>, and its condition in
/// <see cref="MeetingQueries"/>.</summary>
public static class SearchParameters
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
    public const int MaxPage = 1_000_000;
    public const int MaxTextLength = 200;
    public const int MaxYear = 9999;

    public static readonly SearchParameter Text = new()
    {
        Name = "q",
        Role = SearchParameterRole.Filter,
        Description = "Words in the title, description, city, country, venue or organizer names; the last one as the start "
            + "of a word; case and accents do not matter; search syntax is plain text.",
        Schema = new("string") { MaxLength = MaxTextLength, Example = "geneva" },
        Read = (reading, value) =>
        {
            if (value.Length > MaxTextLength)
            {
                return Message(L["The search text is {0} characters long; at most {1} are allowed.", value.Length, MaxTextLength]);
            }

            reading.Filter = reading.Filter with { Text = value };
            return NoMessage;
        },
        Chip = (value, _) => L["Text: “{0}”", value],
    };

    public static readonly SearchParameter Year = new()
    {
        Name = "year",
        Role = SearchParameterRole.Filter,
        Description = "Meetings whose dates overlap this year.",
        Schema = new("integer") { Minimum = 1, Maximum = MaxYear, Example = "2005" },
        Read = (reading, value) => Bounded(value, "year", 1, MaxYear, year => reading.Filter = reading.Filter with { Year = year }),
        Chip = (value, _) => L["Year: {0}", value],
    };

    public static readonly SearchParameter From = new()
    {
        Name = "from",
        Role = SearchParameterRole.Filter,
        Description = "Meetings whose dates overlap the range that starts on this day (yyyy-MM-dd).",
        Schema = new("string") { Format = "date", Example = "2005-01-01" },
        Read = (reading, value) => Date(value, "from", date => reading.Filter = reading.Filter with { From = date }),
        Chip = (value, _) => L["From: {0}", value],
    };

    public static readonly SearchParameter To = new()
    {
        Name = "to",
        Role = SearchParameterRole.Filter,
        Description = "Meetings whose dates overlap the range that ends on this day (yyyy-MM-dd); not before 'from'.",
        Schema = new("string") { Format = "date", Example = "2005-12-31" },
        Read = (reading, value) => Date(value, "to", date => reading.Filter = reading.Filter with { To = date }),
        Chip = (value, _) => L["To: {0}", value],
    };

    public static readonly SearchParameter Theme = new()
    {
        Name = "theme",
        Role = SearchParameterRole.Filter,
        Description = "An Action Line, by its slug (c5-confidence-and-security) or its code (C5); see /api/themes.",
        Schema = new("string") { Example = "C5" },
        Read = async (reading, value) =>
        {
            var slug = value.ToLowerInvariant();
            var code = value.ToUpperInvariant();
            var id = await reading.Db.Themes.AsNoTracking()
                .Where(t => t.Slug == slug || t.Code == code)
                .Select(t => (int?)t.Id)
                .FirstOrDefaultAsync(reading.CancellationToken);
            reading.Filter = reading.Filter with { ThemeId = id };
            return id is null ? L["No Action Line has that slug or code; see /api/themes for the list (C1 to C11)."].Value : null;
        },
        Chip = (value, options) => L["Action Line: {0}", options.FindTheme(value) is { } t ? $"{t.Code} {t.Name}" : value],
    };

    public static readonly SearchParameter Category = new()
    {
        Name = "category",
        Role = SearchParameterRole.Filter,
        Description = "A category, by its slug.",
        Schema = new("string") { Example = "regional-conference" },
        Read = async (reading, value) =>
        {
            var slug = value.ToLowerInvariant();
            var id = await reading.Db.Categories.AsNoTracking()
                .Where(c => c.Slug == slug)
                .Select(c => (int?)c.Id)
                .FirstOrDefaultAsync(reading.CancellationToken);
            reading.Filter = reading.Filter with { CategoryId = id };
            return id is null ? L["No category has that slug."].Value : null;
        },
        Chip = (value, options) =>
            L["Category: {0}", options.Categories.FirstOrDefault(c => c.Slug == value.ToLowerInvariant())?.Name ?? value],
    };

    public static readonly SearchParameter Country = new()
    {
        Name = "country",
        Role = SearchParameterRole.Filter,
        Description = "A country's name, any case.",
        Schema = new("string") { MaxLength = FieldLengths.Place, Example = "Switzerland" },
        Read = (reading, value) =>
        {
            if (value.Length > FieldLengths.Place)
            {
                return Message(L["A country name has at most {0} characters.", FieldLengths.Place]);
            }

            reading.Filter = reading.Filter with { Country = value };
            return NoMessage;
        },
        Chip = (value, _) => L["Country: {0}", value],
    };

    public static readonly SearchParameter Organizer = new()
    {
        Name = "organizer",
        Role = SearchParameterRole.Filter,
        Description = "An organization, by its slug, its acronym or one of its names, any case.",
        Schema = new("string") { Example = "itu" },
        Read = async (reading, value) =>
        {
            var slug = value.ToLowerInvariant();
            var acronym = value.ToUpperInvariant();
            var alias = OrganizationNames.Normalize(value);
            var id = await reading.Db.Organizations.AsNoTracking()
                .Where(o => o.Slug == slug
                    || (o.Acronym != null && o.Acronym.ToUpper() == acronym)
                    || o.Aliases.Any(a => a.NormalizedName == alias))
                .OrderBy(o => o.Slug == slug ? 0 : 1)
                .ThenBy(o => o.Id)
                .Select(o => (int?)o.Id)
                .FirstOrDefaultAsync(reading.CancellationToken);
            reading.Filter = reading.Filter with { OrganizerId = id };
            return id is null ? L["No organization has that slug, acronym or name."].Value : null;
        },
        Chip = (value, options) => L["Organizer: {0}", options.FindOrganizer(value) is { } o ? o.Acronym ?? o.Name : value],
    };

    public static readonly SearchParameter HasOutcomes = new()
    {
        Name = "outcomes",
        Role = SearchParameterRole.Filter,
        Description = "Only meetings with outcome documents (yes) or without (no).",
        Schema = new("string") { Values = ["yes", "no"] },
        Read = (reading, value) =>
        {
            if (value.ToLowerInvariant() is not ("yes" or "no"))
            {
                return Message(L["'outcomes' must be 'yes' or 'no'."]);
            }

            reading.Filter = reading.Filter with { HasOutcomes = value.Equals("yes", StringComparison.OrdinalIgnoreCase) };
            return NoMessage;
        },
        Chip = (value, _) => value.Equals("yes", StringComparison.OrdinalIgnoreCase) ? L["With outcomes"] : L["Without outcomes"],
    };

    public static readonly SearchParameter Sort = new()
    {
        Name = "sort",
        Role = SearchParameterRole.Order,
        Description = "The order by date: oldest first (the default) or newest first.",
        Schema = new("string") { Values = ["oldest", "newest"], Default = "oldest" },
        Read = (reading, value) =>
        {
            switch (value.ToLowerInvariant())
            {
                case "oldest" or "asc":
                    return NoMessage;
                case "newest" or "desc":
                    reading.Filter = reading.Filter with { NewestFirst = true };
                    return NoMessage;
                default:
                    return Message(L["'sort' must be 'oldest' or 'newest'."]);
            }
        },
    };

    public static readonly SearchParameter Page = new()
    {
        Name = "page",
        Role = SearchParameterRole.Paging,
        Description = "The page, from 1.",
        Schema = new("integer") { Minimum = 1, Maximum = MaxPage, Default = "1" },
        Read = (reading, value) => Bounded(value, "page", 1, MaxPage, page => reading.Paging = reading.Paging with { Page = page }),
    };

    public static readonly SearchParameter PageSize = new()
    {
        Name = "pageSize",
        Role = SearchParameterRole.Paging,
        Description = "Meetings per page.",
        Schema = new("integer") { Minimum = 1, Maximum = MaxPageSize, Default = DefaultPageSize.ToString(CultureInfo.InvariantCulture) },
        Read = (reading, value) => Bounded(value, "pageSize", 1, MaxPageSize, size => reading.Paging = reading.Paging with { PageSize = size }),
    };

    /// <summary>Every parameter, in the order of a canonical query string (<see cref="MeetingSearch.ToQueryString"/>).</summary>
    public static readonly IReadOnlyList<SearchParameter> All = [Text, Year, From, To, Theme, Category, Country, Organizer, HasOutcomes, Sort, Page, PageSize];

    /// <summary>The parameters that narrow the list, as opposed to ordering and paging it.</summary>
    public static readonly IReadOnlyList<SearchParameter> Filters = [.. All.Where(p => p.IsFilter)];

    /// <summary>Chips and messages in the request's language; the parameters' names and values are never translated.</summary>
    private static IStringLocalizer L => Texts.Localizer;

    private static ValueTask<string?> NoMessage => ValueTask.FromResult<string?>(null);

    private static ValueTask<string?> Message(string message) => ValueTask.FromResult<string?>(message);

    private static ValueTask<string?> Bounded(string value, string name, int min, int max, Action<int> set)
    {
        if (!PagingParser.TryParseBounded(value, min, max, out var number))
        {
            return Message(PagingParser.BoundsMessage(name, min, max));
        }

        set(number);
        return NoMessage;
    }

    private static ValueTask<string?> Date(string value, string name, Action<DateOnly> set)
    {
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Message(L["'{0}' must be a date written yyyy-MM-dd, such as 2005-06-20.", name]);
        }

        set(date);
        return NoMessage;
    }
}
