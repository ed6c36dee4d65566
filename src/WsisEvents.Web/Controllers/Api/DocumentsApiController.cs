using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Infrastructure;
using WsisEvents.Web.Localization;

namespace WsisEvents.Web.Controllers.Api;

[Route("api/documents")]
[Tags("Outcome documents")]
[OutputCache(PolicyName = OutputCaching.Page)]
public sealed class DocumentsApiController(WsisDbContext db, IStringLocalizer<Texts> localizer) : ApiControllerBase
{
    [EnableRateLimiting(ServiceRegistration.SearchRateLimit)]
    [HttpGet]
    [OutputCache(PolicyName = OutputCaching.DocumentList)]
    [QueryParameters(QueryGroup.Documents)]
    [EndpointSummary("Outcome documents, filtered and paged, by their meetings' dates")]
    [ProducesResponseType<PagedResult<OutcomeDocumentDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ApiProblems.ContentType)]
    public async Task<ActionResult<PagedResult<OutcomeDocumentDto>>> List(CancellationToken cancellationToken)
    {
        var outcome = await DocumentQuery.ValidateAsync(db, Request.Query, localizer, cancellationToken);
        if (!outcome.IsValid)
        {
            return BadQuery(outcome.Errors);
        }

        return await db.ListAsync(outcome.Filter, outcome.Paging, cancellationToken);
    }
}
