using System.Text.Json.Serialization;

namespace WsisEvents.Web.Catalog;

// The shapes of the JSON API (and of `import --dry-run`): dates as yyyy-MM-dd, enums as camelCase strings.

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

/// <summary>A category as a meeting names it: its name in the request's language where a translation gives it, and the
/// language the name is in.</summary>
public sealed record CategoryRefDto(string Slug, string Name, string NameLanguage);

/// <summary>An organization as another entry names it: its name in the request's language where a translation gives it,
/// and the language the name is in. The acronym is the same in every language.</summary>
public sealed record OrganizationRefDto(string Slug, string Name, string? Acronym, string NameLanguage);

/// <summary>An Action Line as a meeting names it: its name in the request's language where a translation gives it,
/// and the language the name is in.</summary>
public sealed record ThemeRefDto(string Slug, string Code, string Name, string NameLanguage);

public sealed record SourceDto(string? Document, int? Line, string? Text);

// A meeting in a list; MeetingDetailDto adds what a meeting's own page shows. Every member is marked required so
// that the OpenAPI document says so for the detail too, which takes the list item whole rather than member by member.
public record MeetingListItemDto(
    [property: JsonRequired] string Slug,
    [property: JsonRequired] string Url,
    [property: JsonRequired] string Title,
    [property: JsonRequired] string StartDate,
    [property: JsonRequired] string EndDate,
    [property: JsonRequired] DatePrecision DatePrecision,
    [property: JsonRequired] string? City,
    [property: JsonRequired] string? Country,
    [property: JsonRequired] bool IsOnline,
    [property: JsonRequired] CategoryRefDto Category,
    [property: JsonRequired] IReadOnlyList<OrganizationRefDto> Organizers,
    [property: JsonRequired] IReadOnlyList<ThemeRefDto> Themes,
    [property: JsonRequired] bool HasOutcomes,
    [property: JsonRequired] string TitleLanguage);

// A meeting on its own: the list item's facts, then its description, source, website and outcome documents (after the list item's in
// the JSON, which puts a derived type's own properties first unless told).
public sealed record MeetingDetailDto : MeetingListItemDto
{
    public MeetingDetailDto(
        MeetingListItemDto item, string? description, string descriptionLanguage, SourceDto source, string? website, IReadOnlyList<OutcomeDocumentDto> documents)
        : base(item)
    {
        Description = description;
        DescriptionLanguage = descriptionLanguage;
        Source = source;
        Website = website;
        Documents = documents;
    }

    [JsonPropertyOrder(1)]
    public string? Description { get; }

    /// <summary>The language the description is in: the request's where a translation gives it, else English.</summary>
    [JsonPropertyOrder(1)]
    public string DescriptionLanguage { get; }

    [JsonPropertyOrder(1)]
    public SourceDto Source { get; }

    [JsonPropertyOrder(1)]
    public string? Website { get; }

    [JsonPropertyOrder(1)]
    public IReadOnlyList<OutcomeDocumentDto> Documents { get; }
}

/// <summary>A text of an entry as a page or the API shows it, and the language it is in.</summary>
public sealed record Translated(string? Text, string Language);

public sealed record OrganizationListItemDto(string Slug, string Name, string NameLanguage, string? Acronym, OrganizationKind Kind, int MeetingCount);

/// <summary>An affiliation an organization holds, with the sentence of the source it rests on, in the request's
/// language where a translation gives it, and the language that sentence is in.</summary>
public sealed record AffiliationDto(OrganizationRefDto Target, AffiliationKind Kind, string? Since, string? Source, string SourceLanguage);

/// <summary>An affiliation seen from its target: who holds it.</summary>
public sealed record AffiliatedDto(OrganizationRefDto Organization, AffiliationKind Kind, string? Since, string? Source, string SourceLanguage);

public sealed record OrganizationDetailDto(
    string Slug,
    string Name,
    string NameLanguage,
    string? Acronym,
    OrganizationKind Kind,
    OrganizationRefDto? Parent,
    IReadOnlyList<OrganizationRefDto> Children,
    string? Website,
    string? Description,
    string DescriptionLanguage,
    IReadOnlyList<AffiliationDto> Affiliations,
    IReadOnlyList<AffiliatedDto> AffiliatedOrganizations,
    int MeetingCount,
    IReadOnlyList<MeetingListItemDto> Meetings);

/// <summary>An Action Line in the language asked for where a translation gives it, with the language of each text.</summary>
public sealed record ThemeDto(string Slug, string Code, string Name, string NameLanguage, string? Summary, string? SummaryLanguage, int MeetingCount);
