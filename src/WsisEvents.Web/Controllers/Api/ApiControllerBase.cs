using Microsoft.AspNetCore.Mvc;

namespace WsisEvents.Web.Controllers.Api;

[ApiController]
public abstract class ApiControllerBase : ControllerBase
{
    /// <summary>400 with a ProblemDetails body that names every bad parameter and says what it should be.</summary>
    protected ActionResult BadQuery(IReadOnlyDictionary<string, string[]> errors) => BadRequest(ApiProblems.InvalidQuery(errors));

    protected ActionResult NotFoundProblem(string what) =>
        Problem(title: $"{what} not found.", statusCode: StatusCodes.Status404NotFound);
}
