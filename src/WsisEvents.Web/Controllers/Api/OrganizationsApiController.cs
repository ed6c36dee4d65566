using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Infrastructure;
using WsisEvents.Web.Localization;

namespace WsisEvents.Web.Controllers.Api;

[Route("api/organizations")]
[Tags("Organizations")]
public sealed class OrganizationsApiController(WsisDbContext db, IStringLocalizer<Texts> localizer) : ApiControllerBase
{
    [HttpGet]
    [OutputCache(PolicyName = OutputCaching.OrganizationList)]
    [QueryParameters(QueryGroup.Organizations)]
    [ProducesResponseType<PagedResult<OrganizationListItemDto>>(StatusCodes.Status200OK)]
    [EndpointSummary("Organizations, by name, filtered and paged")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ApiProblems.ContentType)]
    public async Task<ActionResult<PagedResult<OrganizationListItemDto>>> List(
        [FromQuery] string? q, [FromQuery] string? kind, [FromQuery] string? page, [FromQuery] string? pageSize,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var (paging, parsedKind) = OrganizationQuery.Read(q, kind, page, pageSize, localizer["'kind' must be one of: {0}.", string.Join(", ", OrganizationKinds.Names)], localizer, errors);
        if (errors.Count > 0)
        {
            return BadQuery(errors);
        }

        return await OrganizationQueries.ListAsync(db, q, parsedKind, paging, cancellationToken);
    }

    [HttpGet("{slug}")]
    [EndpointSummary("One organization, with its affiliations and meetings")]
    [ProducesResponseType<OrganizationDetailDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ApiProblems.ContentType)]
    public async Task<ActionResult<OrganizationDetailDto>> Get(string slug, CancellationToken cancellationToken)
    {
        var organization = await OrganizationQueries.FindDetailAsync(db, slug, cancellationToken);
        return organization is null ? NotFoundProblem("Organization") : organization;
    }
}
