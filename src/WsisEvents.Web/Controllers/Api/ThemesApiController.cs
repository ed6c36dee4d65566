using Microsoft.AspNetCore.Mvc;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Data;

namespace WsisEvents.Web.Controllers.Api;

[Route("api/themes")]
public sealed class ThemesApiController(WsisDbContext db, CatalogCache cache) : ApiControllerBase
{
    [HttpGet]
    public async Task<ActionResult<IReadOnlyList<ThemeDto>>> List(CancellationToken cancellationToken) =>
        Ok(await cache.ThemesAsync(db, cancellationToken));
}
