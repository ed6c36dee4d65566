using Microsoft.AspNetCore.Mvc;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Data;

namespace WsisEvents.Web.Controllers.Api;

[Route("api/meetings")]
public sealed class MeetingsApiController(WsisDbContext db, CatalogCache cache) : ApiControllerBase
{
    [HttpGet]
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
