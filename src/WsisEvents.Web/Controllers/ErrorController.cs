using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using WsisEvents.Web.ViewModels;

namespace WsisEvents.Web.Controllers;

/// <summary>Error pages that never show internals: ProblemDetails for the API, a plain page for people.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    [Route("error/{statusCode:int?}")]
    public IActionResult Index(int? statusCode)
    {
        var code = statusCode ?? StatusCodes.Status500InternalServerError;
        var originalPath = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path
            ?? Request.Path.Value ?? "";
        var requestId = HttpContext.TraceIdentifier;
        if (originalPath.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
        {
            var problem = new ProblemDetails { Status = code, Title = ErrorViewModel.TitleFor(code) };
            problem.Extensions["requestId"] = requestId;
            return new ObjectResult(problem) { StatusCode = code };
        }

        Response.StatusCode = code;
        return View("Error", new ErrorViewModel(code, requestId));
    }
}
