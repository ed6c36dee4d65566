using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using WsisEvents.Web.Infrastructure;

namespace WsisEvents.Web.Controllers.Api;

/// <summary>What every API controller is: an API controller whose answers the output cache keeps as a page's, unless
/// an action names a policy of its own (the lists, which vary by their parameters).</summary>
[ApiController]
[OutputCache(PolicyName = OutputCaching.Page)]
public abstract class ApiControllerBase : ControllerBase
{
    /// <summary>400 with a ProblemDetails body that names every bad parameter and says what it should be.</summary>
    protected ActionResult BadQuery(IReadOnlyDictionary<string, string[]> errors) => BadRequest(ApiProblems.InvalidQuery(errors));

    protected ActionResult NotFoundProblem(string what) =>
        Problem(title: $"{what} not found.", statusCode: StatusCodes.Status404NotFound);
}
