using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using WsisEvents.Web.Controllers.Api;

namespace WsisEvents.Web.Controllers;

/// <summary>Refuses, with a 400 that names the parameter, a request whose path or query string holds a NUL
/// character. No text of the catalog may hold one, and PostgreSQL cannot even receive one as a parameter (its text
/// is UTF-8 without NUL), so a search or a look-up with <c>%00</c> would otherwise end as a server error there.
/// Checked once, here, rather than in every action: a NUL only ever comes from a broken or hostile client. Forms are
/// checked by <see cref="NulCharacterFormFilter"/>, once MVC has read them within each action's own limits.</summary>
public sealed class NulCharacterMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is null && FindNul(context.Request) is { } found)
        {
            await RefuseAsync(context, found.Where, found.Field);
            return;
        }

        await next(context);
    }

    /// <summary>Where the first NUL is, in words, and the name of its parameter if it is in one.</summary>
    private static (string Where, string? Field)? FindNul(HttpRequest request)
    {
        if (request.Path.Value?.Contains('\0', StringComparison.Ordinal) == true)
        {
            return ("the address", null);
        }

        foreach (var (key, values) in request.Query)
        {
            if (HasNul(key, values))
            {
                return ($"the parameter {Printable(key)}", Printable(key));
            }
        }

        return null;
    }

    internal static bool HasNul(string key, Microsoft.Extensions.Primitives.StringValues values) =>
        key.Contains('\0', StringComparison.Ordinal) || values.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true);

    internal static string Printable(string key) => key.Replace("\0", "\\0", StringComparison.Ordinal);

    internal static string Message(string where) => $"Text in {where} holds a NUL character (%00), which no text here may hold.";

    private static async Task RefuseAsync(HttpContext context, string where, string? field)
    {
        var message = Message(where);
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            var problem = ApiProblems.InvalidQuery(new Dictionary<string, string[]> { [field ?? "path"] = [message] }, message);
            problem.Extensions["requestId"] = context.TraceIdentifier;
            await context.Response.WriteAsJsonAsync(problem, problem.GetType(), options: null, "application/problem+json", context.RequestAborted);
            return;
        }

        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(message, context.RequestAborted);
    }
}

/// <summary>The form half of <see cref="NulCharacterMiddleware"/>: runs once model binding has read the form (with the
/// action's own size limits and after the antiforgery check) and refuses a field holding a NUL with a 400. A URL-encoded
/// form with <c>%00</c> never gets this far (ASP.NET Core's form reader refuses it, and the antiforgery check answers
/// 400); a multipart form carries its fields as raw bytes, NUL included, and is caught here.</summary>
public sealed class NulCharacterFormFilter : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        if (request.HasFormContentType && context.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IFormFeature>()?.Form is { } form)
        {
            foreach (var (key, values) in form)
            {
                if (NulCharacterMiddleware.HasNul(key, values))
                {
                    var field = NulCharacterMiddleware.Printable(key);
                    context.Result = new ContentResult
                    {
                        StatusCode = StatusCodes.Status400BadRequest,
                        ContentType = "text/plain; charset=utf-8",
                        Content = NulCharacterMiddleware.Message($"the field {field}"),
                    };
                    return;
                }
            }
        }

        await next();
    }
}
