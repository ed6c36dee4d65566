using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using WsisEvents.Web.ViewModels;

namespace WsisEvents.Web.Controllers;

/// <summary>Error pages that never show internals: ProblemDetails for the API, a plain page for people.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    // No action parameters: when this page re-executes a POST whose form could not be read, model binding would read
    // the form again, fail, and leave the code empty, turning a 400 into a 500. The code is read from the route.
    [Route("error/{statusCode:int?}")]
    public IActionResult Index()
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var failed = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        var code = int.TryParse(RouteData.Values["statusCode"] as string, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var routed)
            && routed is >= 400 and <= 599
            ? routed
            : StatusCodes.Status500InternalServerError;

        // Asked for directly, /error and /error/500 are pages like any other, and there is no such page: a 404, not
        // a 500 that would be logged as a failure of the site.
        if (reExecuted is null && failed is null)
        {
            code = StatusCodes.Status404NotFound;
        }

        var originalPath = reExecuted?.OriginalPath ?? failed?.Path ?? Request.Path.Value ?? "";
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
