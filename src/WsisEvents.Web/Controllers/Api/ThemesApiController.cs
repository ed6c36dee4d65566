using Microsoft.AspNetCore.Mvc;
using WsisEvents.Web.Catalog;

namespace WsisEvents.Web.Controllers.Api;

[Route("api/themes")]
[Tags("Action Lines")]
public sealed class ThemesApiController(WsisDbContext db, CatalogCache cache) : ApiControllerBase
{
    [HttpGet]
    [EndpointSummary("The WSIS Action Lines C1–C11, with their meeting counts")]
    public async Task<ActionResult<IReadOnlyList<ThemeDto>>> List(CancellationToken cancellationToken) =>
        Ok(await cache.ThemesAsync(db, cancellationToken));
}
