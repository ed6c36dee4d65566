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

    /// <summary>"?q=un&amp;kind=ngo&amp;page=2": what the list shows, as its own links write it, for the list in
    /// another language.</summary>
    public string CanonicalQuery
    {
        get
        {
            var pairs = new[] { ("q", Query), ("kind", Kind), ("page", Result.Page > 1 ? Result.Page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null) }
                .Where(p => !string.IsNullOrWhiteSpace(p.Item2))
                .Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}")
                .ToList();
            return pairs.Count == 0 ? "" : "?" + string.Join("&", pairs);
        }
    }
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

/// <summary>"Consultative status with ECOSOC, since 2010", and the sentence it rests on, in the language it is in.</summary>
public sealed record AffiliationLine(string Relation, OrganizationRefDto Other, string? Since, string? Source, string SourceLanguage, AffiliationKind Kind);

public sealed record ThemeDetailsViewModel(ThemeDto Theme, IReadOnlyList<MeetingRowViewModel> Meetings, string AllMeetingsUrl);
