using WsisEvents.Web.Domain;

namespace WsisEvents.Web.Catalog;

// The shapes of the JSON API (and of `import --dry-run`): dates as yyyy-MM-dd, enums as camelCase strings.

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

public sealed record CategoryRefDto(string Slug, string Name);

public sealed record OrganizationRefDto(string Slug, string Name, string? Acronym);

public sealed record ThemeRefDto(string Slug, string Code, string Name);

public sealed record SourceDto(string? Document, int? Line, string? Text);

public sealed record MeetingListItemDto(
    string Slug,
    string Url,
    string Title,
    string StartDate,
    string EndDate,
    DatePrecision DatePrecision,
    string? City,
    string? Country,
    bool IsOnline,
    CategoryRefDto Category,
    IReadOnlyList<OrganizationRefDto> Organizers,
    IReadOnlyList<ThemeRefDto> Themes,
    bool HasOutcomes);

public sealed record MeetingDetailDto(
    string Slug,
    string Url,
    string Title,
    string StartDate,
    string EndDate,
    DatePrecision DatePrecision,
    string? City,
    string? Country,
    bool IsOnline,
    CategoryRefDto Category,
    IReadOnlyList<OrganizationRefDto> Organizers,
    IReadOnlyList<ThemeRefDto> Themes,
    string? Description,
    SourceDto Source,
    string? Website,
    IReadOnlyList<OutcomeDocumentDto> Documents)
{
    public static MeetingDetailDto From(
        MeetingListItemDto item, string? description, SourceDto source, string? website, IReadOnlyList<OutcomeDocumentDto> documents) => new(
        item.Slug, item.Url, item.Title, item.StartDate, item.EndDate, item.DatePrecision, item.City, item.Country,
        item.IsOnline, item.Category, item.Organizers, item.Themes, description, source, website, documents);
}

public sealed record OrganizationListItemDto(string Slug, string Name, string? Acronym, OrganizationKind Kind, int MeetingCount);

public sealed record AffiliationDto(OrganizationRefDto Target, AffiliationKind Kind, string? Since, string? Source);

/// <summary>An affiliation seen from its target: who holds it.</summary>
public sealed record AffiliatedDto(OrganizationRefDto Organization, AffiliationKind Kind, string? Since, string? Source);

public sealed record OrganizationDetailDto(
    string Slug,
    string Name,
    string? Acronym,
    OrganizationKind Kind,
    OrganizationRefDto? Parent,
    IReadOnlyList<OrganizationRefDto> Children,
    string? Website,
    string? Description,
    IReadOnlyList<AffiliationDto> Affiliations,
    IReadOnlyList<AffiliatedDto> AffiliatedOrganizations,
    int MeetingCount,
    IReadOnlyList<MeetingListItemDto> Meetings);

public sealed record ThemeDto(string Slug, string Code, string Name, string? Summary, int MeetingCount);
