using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Data;
using WsisEvents.Web.Infrastructure;

namespace WsisEvents.Web.Controllers.Api;

[Route("api/meetings")]
[OutputCache(PolicyName = OutputCaching.Page)]
public sealed class MeetingsApiController(WsisDbContext db, CatalogCache cache) : ApiControllerBase
{
    [EnableRateLimiting(ServiceRegistration.SearchRateLimit)]
    [HttpGet]
    [OutputCache(PolicyName = OutputCaching.MeetingList)]
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
    public async Task<ActionResult<MeetingDetailDto>> Get(string slug, CancellationToken cancellationToken)
    {
        var meeting = await db.FindDetailAsync(slug, cancellationToken);
        return meeting is null ? NotFoundProblem("Meeting") : meeting;
    }
}
