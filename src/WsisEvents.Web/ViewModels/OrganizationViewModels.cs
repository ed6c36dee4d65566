using Microsoft.AspNetCore.Html;
using WsisEvents.Web.Catalog;

namespace WsisEvents.Web.ViewModels;

public sealed record OrganizationListViewModel(
    string? Query,
    string? Kind,
    IReadOnlyList<(string Value, string Label)> Kinds,
    PagedResult<OrganizationListItemDto> Result,
    PaginationViewModel Pagination,
    IReadOnlyDictionary<string, string[]> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

public sealed record OrganizationDetailsViewModel(
    OrganizationDetailDto Organization,
    string KindLabel,
    IHtmlContent DescriptionHtml,
    IReadOnlyList<AffiliationLine> Affiliations,
    IReadOnlyList<AffiliationLine> AffiliatedOrganizations,
    IReadOnlyList<MeetingRowViewModel> Meetings,
    string AllMeetingsUrl,
    IHtmlContent StructuredData);

/// <summary>"Consultative status with ECOSOC, since 2010", and the sentence it rests on.</summary>
public sealed record AffiliationLine(string Relation, OrganizationRefDto Other, string? Since, string? Source, AffiliationKind Kind);

public sealed record ThemeDetailsViewModel(ThemeDto Theme, IReadOnlyList<MeetingRowViewModel> Meetings, string AllMeetingsUrl);
