using Microsoft.AspNetCore.Mvc;
using WsisEvents.Web.Catalog;

namespace WsisEvents.Web.Areas.Admin.Controllers;

/// <summary>The live preview of the description fields: the public pages' pipeline, on the server.</summary>
[Route("admin/markdown")]
public sealed class MarkdownController : AdminControllerBase
{
    [HttpPost("preview")]
    [RequestSizeLimit(2 * MarkdownRenderer.MaxLength + 64 * 1024)]
    [RequestFormLimits(ValueLengthLimit = 2 * MarkdownRenderer.MaxLength)]
    public IActionResult Preview([FromForm] string? markdown)
    {
        if (MarkdownRenderer.Check(markdown) is { } problem)
        {
            return new ContentResult { StatusCode = StatusCodes.Status422UnprocessableEntity, Content = problem, ContentType = "text/plain; charset=utf-8" };
        }

        return Content(MarkdownRenderer.ToHtml(markdown), "text/html; charset=utf-8");
    }
}
