using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace WsisEvents.Web.Catalog;

/// <summary>A validated query of <c>/documents</c>, with slugs resolved to the entries they name.</summary>
public sealed record DocumentFilter
{
    public OutcomeKind? Kind { get; init; }
    public int? Year { get; init; }
    public int? ThemeId { get; init; }
    public int? OrganizerId { get; init; }
    public string? Language { get; init; }

    /// <summary>Folded as <see cref="OutcomeDocument.SearchText"/> is.</summary>
    public string? Text { get; init; }
}

/// <summary>What the parameters of <c>/documents</c> read into: the filter, and the meeting search's reading, whose
/// parameters (year, Action Line, organizer, text length, paging) the documents' reuse, so that a value means the same
/// and is refused with the same message on both lists. The messages of the documents' own parameters are in the
/// language of <paramref name="localizer"/>.</summary>
public sealed class DocumentReading(WsisDbContext db, IStringLocalizer localizer, CancellationToken cancellationToken)
{
    public SearchReading Meetings { get; } = new(db, cancellationToken);
    public IStringLocalizer Localizer { get; } = localizer;
    public DocumentFilter Filter { get; set; } = new();
}

/// <summary>One parameter of <c>/documents</c> and <c>/api/documents</c>, described once: its name, its reading, its
/// chip on the page, and its description and type in the API reference.</summary>
public sealed class DocumentQueryParameter
{
    public required string Name { get; init; }
    public required string Description { get; init; }
    public required SearchValueSchema Schema { get; init; }

    /// <summary>Reads the value (trimmed, never empty), or returns the message that says what it should be.</summary>
    public required Func<DocumentReading, string, ValueTask<string?>> Read { get; init; }

    /// <summary>The label of the chip that removes this filter, in the localizer's language; null for paging.</summary>
    public Func<string, FilterOptions, IStringLocalizer, string>? Chip { get; init; }

    public override string ToString() => Name;
}

public static partial class DocumentQuery
{
    private static readonly IReadOnlyList<string> Kinds = ApiEnum.Names<OutcomeKind>();

    public static readonly DocumentQueryParameter Text = Reusing(
        SearchParameters.Text,
        "Words in the title, UN document symbol or summary, anywhere in them; case and accents do not matter.",
        (filter, reading) => filter with { Text = Slug.FoldToAscii(reading.Filter.Text!).ToLowerInvariant() });

    public static readonly DocumentQueryParameter Kind = new()
    {
        Name = "kind",
        Description = "The kind of document.",
        Schema = new("string") { Values = Kinds },
        Read = (reading, value) =>
        {
            if (!ApiEnum.TryParse<OutcomeKind>(value, out var kind))
            {
                return ValueTask.FromResult<string?>(reading.Localizer["'kind' must be one of: {0}.", string.Join(", ", Kinds)]);
            }

            reading.Filter = reading.Filter with { Kind = kind };
            return ValueTask.FromResult<string?>(null);
        },
        Chip = (value, _, localizer) => localizer["Kind: {0}", ApiEnum.TryParse<OutcomeKind>(value, out var kind) ? DocumentKinds.Label(kind, localizer) : value],
    };

    public static readonly DocumentQueryParameter Year = Reusing(
        SearchParameters.Year,
        "Documents issued in this year; a document without a date counts in its meeting's first year.",
        (filter, reading) => filter with { Year = reading.Filter.Year });

    public static readonly DocumentQueryParameter Theme = Reusing(
        SearchParameters.Theme,
        "The outcomes of the meetings of an Action Line, by its slug (c5-confidence-and-security) or its code (C5).",
        (filter, reading) => filter with { ThemeId = reading.Filter.ThemeId });

    public static readonly DocumentQueryParameter Organizer = Reusing(
        SearchParameters.Organizer,
        "The outcomes of an organization's meetings, by its slug, its acronym or one of its names, any case.",
        (filter, reading) => filter with { OrganizerId = reading.Filter.OrganizerId });

    public static readonly DocumentQueryParameter Language = new()
    {
        Name = "language",
        Description = "Documents with a version in this language, by its BCP 47 tag (en, fr, es, ar, zh, ru).",
        Schema = new("string") { MaxLength = FieldLengths.Language, Example = "fr" },
        Read = (reading, value) =>
        {
            if (value.Length > FieldLengths.Language || !LanguageTag().IsMatch(value))
            {
                return ValueTask.FromResult<string?>(reading.Localizer["'language' must be a language tag such as en, fr or zh-Hant."]);
            }

            reading.Filter = reading.Filter with { Language = value.ToLowerInvariant() };
            return ValueTask.FromResult<string?>(null);
        },
        Chip = (value, _, localizer) => localizer["Language: {0}", DocumentLanguages.Name(value, localizer)],
    };

    public static readonly DocumentQueryParameter Page = Reusing(SearchParameters.Page, SearchParameters.Page.Description, (filter, _) => filter);

    public static readonly DocumentQueryParameter PageSize = Reusing(SearchParameters.PageSize, "Documents per page.", (filter, _) => filter);

    /// <summary>Every parameter, in the order of a canonical query string.</summary>
    public static readonly IReadOnlyList<DocumentQueryParameter> All = [Text, Kind, Year, Theme, Organizer, Language, Page, PageSize];

    public static readonly IReadOnlyList<DocumentQueryParameter> Filters = [.. All.Where(p => p.Chip is not null)];

    public sealed record Outcome(DocumentFilter Filter, Paging Paging, IReadOnlyDictionary<string, string[]> Errors)
    {
        public bool IsValid => Errors.Count == 0;
    }

    /// <summary>Checks the query string, one message per bad parameter as <see cref="MeetingSearchValidator"/> does,
    /// in the language of <paramref name="localizer"/> (the API's is <see cref="EnglishText"/>).</summary>
    public static async Task<Outcome> ValidateAsync(WsisDbContext db, IQueryCollection query, IStringLocalizer localizer, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var reading = new DocumentReading(db, localizer, cancellationToken);
        foreach (var parameter in All)
        {
            if (!query.TryGetValue(parameter.Name, out var given) || given.Count == 0 || string.IsNullOrWhiteSpace(given[0]))
            {
                continue;
            }

            if (given.Count > 1)
            {
                errors[parameter.Name] = [localizer["'{0}' is given more than once; give it once.", parameter.Name]];
            }
            else if (given[0]!.Any(char.IsControl))
            {
                errors[parameter.Name] = [localizer["'{0}' contains control characters.", parameter.Name]];
            }
            else if (await parameter.Read(reading, given[0]!.Trim()) is { } message)
            {
                errors[parameter.Name] = [message];
            }
        }

        return new Outcome(reading.Filter, reading.Meetings.Paging, errors);
    }

    /// <summary>The given values of <paramref name="query"/>'s parameters, trimmed, in the canonical order.</summary>
    public static IReadOnlyList<(DocumentQueryParameter Parameter, string Value)> Given(IQueryCollection query) =>
    [
        .. All.Where(p => query.TryGetValue(p.Name, out var v) && !string.IsNullOrWhiteSpace(v.FirstOrDefault()))
            .Select(p => (p, query[p.Name][0]!.Trim())),
    ];

    /// <summary>"?kind=report&amp;year=2005" from the given values, in the canonical order; "" when none.</summary>
    public static string ToQueryString(IEnumerable<(DocumentQueryParameter Parameter, string Value)> given)
    {
        var pairs = given.Select(g => $"{g.Parameter.Name}={Uri.EscapeDataString(g.Value)}").ToList();
        return pairs.Count == 0 ? "" : "?" + string.Join("&", pairs);
    }

    /// <summary>A parameter read by the meeting search's descriptor of the same meaning, then copied into the filter.</summary>
    private static DocumentQueryParameter Reusing(
        SearchParameter meetings, string description, Func<DocumentFilter, SearchReading, DocumentFilter> copy) => new()
    {
        Name = meetings.Name,
        Description = description,
        Schema = meetings.Schema,
        Read = async (reading, value) =>
        {
            if (await meetings.Read(reading.Meetings, value) is { } message)
            {
                return message;
            }

            reading.Filter = copy(reading.Filter, reading.Meetings);
            return null;
        },
        Chip = meetings.Chip is { } chip ? (value, options, _) => chip(value, options) : null,
    };

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();
}
