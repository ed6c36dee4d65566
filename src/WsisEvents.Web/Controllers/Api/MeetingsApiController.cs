using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Data;
using WsisEvents.Web.Infrastructure;

namespace WsisEvents.Web.Controllers.Api;

[Route("api/meetings")]
public sealed class MeetingsApiController(WsisDbContext db) : ApiControllerBase
{
    [EnableRateLimiting(ServiceRegistration.SearchRateLimit)]
    [HttpGet]
    public async Task<ActionResult<PagedResult<MeetingListItemDto>>> List(CancellationToken cancellationToken)
    {
        var search = MeetingSearch.FromQuery(Request.Query);
        var outcome = await MeetingSearchValidator.ValidateAsync(db, search, cancellationToken);
        if (!outcome.IsValid)
        {
            return BadQuery(outcome.Errors);
        }

        return await db.Meetings.ListAsync(outcome.Filter, outcome.Paging, cancellationToken);
    }

    [HttpGet("{slug}")]
    public async Task<ActionResult<MeetingDetailDto>> Get(string slug, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.FindDetailAsync(slug, cancellationToken);
        return meeting is null ? NotFoundProblem("Meeting") : meeting;
    }
}
