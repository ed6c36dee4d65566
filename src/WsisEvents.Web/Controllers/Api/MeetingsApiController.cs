using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Infrastructure;

namespace WsisEvents.Web.Controllers.Api;

[Route("api/meetings")]
[Tags("Meetings")]
public sealed class MeetingsApiController(WsisDbContext db, CatalogCache cache) : ApiControllerBase
{
    [EnableRateLimiting(ServiceRegistration.SearchRateLimit)]
    [HttpGet]
    [OutputCache(PolicyName = OutputCaching.MeetingList)]
    [QueryParameters(QueryGroup.Meetings)]
    [ProducesResponseType<PagedResult<MeetingListItemDto>>(StatusCodes.Status200OK)]
    [EndpointSummary("Meetings, filtered, ordered and paged")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ApiProblems.ContentType)]
    public async Task<ActionResult<PagedResult<MeetingListItemDto>>> List(CancellationToken cancellationToken)
    {
        var search = MeetingSearch.FromQuery(Request.Query);
        var outcome = await MeetingSearchValidator.ValidateAsync(db, cache, search, cancellationToken);
        if (!outcome.IsValid)
        {
            return BadQuery(outcome.Errors);
        }

        return await db.ListAsync(outcome.Filter, outcome.Paging, cache, cancellationToken);
    }

    [HttpGet("{slug}")]
    [EndpointSummary("One meeting, with its description, source and website")]
    [ProducesResponseType<MeetingDetailDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ApiProblems.ContentType)]
    public async Task<ActionResult<MeetingDetailDto>> Get(string slug, CancellationToken cancellationToken)
    {
        var meeting = await db.FindDetailAsync(slug, cancellationToken);
        return meeting is null ? NotFoundProblem("Meeting") : meeting;
    }
}
