using Microsoft.AspNetCore.Mvc;

namespace WsisEvents.Web.Controllers.Api;

/// <summary>The API's 400 for a bad query, wherever it is found (an action, or the NUL check before routing).</summary>
public static class ApiProblems
{
    /// <summary>The media type of a ProblemDetails body (RFC 9457).</summary>
    public const string ContentType = "application/problem+json";

    /// <summary>A ProblemDetails that names every bad parameter and says what it should be.</summary>
    public static ValidationProblemDetails InvalidQuery(IReadOnlyDictionary<string, string[]> errors, string? detail = null) =>
        new(errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Title = "The query has invalid parameters.",
            Detail = detail ?? "Invalid: " + string.Join(", ", errors.Keys) + ".",
            Status = StatusCodes.Status400BadRequest,
        };
}
