using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Feeds;
using WsisEvents.Web.Infrastructure;
using WsisEvents.Web.Localization;
using WsisEvents.Web.ViewModels;

namespace WsisEvents.Web.Controllers;

[Route("organizations")]
[OutputCache(PolicyName = OutputCaching.Page)]
public sealed class OrganizationsController(WsisDbContext db, IStringLocalizer<Texts> localizer) : Controller
{
    [HttpGet("")]
    [OutputCache(PolicyName = OutputCaching.OrganizationList)]
    public async Task<IActionResult> Index(string? q, string? kind, string? page, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var (paging, parsedKind) = OrganizationQuery.Read(q, kind, page, null, localizer["Choose a kind from the list."], localizer, errors);
        var result = errors.Count == 0
            ? await OrganizationQueries.ListAsync(db, q, parsedKind, paging, cancellationToken)
            : new PagedResult<OrganizationListItemDto>([], 0, 1, paging.PageSize);
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        var kinds = Enum.GetValues<OrganizationKind>()
            .Select(k => (OrganizationKinds.Names[(int)k], Phrases.Of(k, localizer)))
            .ToList();
        var totalPages = (int)Math.Ceiling(result.Total / (double)result.PageSize);
        var pagination = new PaginationViewModel(result.Page, totalPages, p => Url.Action(nameof(Index), new { q, kind, page = p == 1 ? null : (int?)p })!);
        return View(new OrganizationListViewModel(q, kind, kinds, result, pagination, errors));
    }

    [HttpGet("{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        var organization = await OrganizationQueries.FindDetailAsync(db, slug, cancellationToken);
        if (organization is null)
        {
            return NotFound();
        }

        var affiliations = organization.Affiliations
            .Select(a => new AffiliationLine(Phrases.Of(a.Kind, localizer), a.Target, a.Since, a.Source, a.SourceLanguage, a.Kind))
            .ToList();
        var affiliated = organization.AffiliatedOrganizations
            .Select(a => new AffiliationLine(Phrases.Inverse(a.Kind, localizer), a.Organization, a.Since, a.Source, a.SourceLanguage, a.Kind))
            .ToList();
        return View(new OrganizationDetailsViewModel(
            organization,
            Phrases.Of(organization.Kind, localizer),
            new HtmlString(MarkdownRenderer.ToHtml(organization.Description)),
            affiliations,
            affiliated,
            organization.Meetings.Select(MeetingRowViewModel.From).ToList(),
            "/meetings" + MeetingSearch.Empty.With(SearchParameters.Organizer, organization.Slug).ToQueryString(),
            new HtmlString(SchemaOrg.Organization(organization, Request.Origin()))));
    }
}
