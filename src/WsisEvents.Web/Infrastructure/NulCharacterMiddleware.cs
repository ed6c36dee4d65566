using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace WsisEvents.Web.Infrastructure;

/// <summary>Refuses, with a 400 that names the field, a request whose path, query string or form holds a NUL
/// character. No text of the catalog may hold one, and PostgreSQL cannot even receive one as a parameter (its text
/// is UTF-8 without NUL), so a search or a look-up with <c>%00</c> would otherwise end as a server error there.
/// Checked once, here, rather than in every action: a NUL only ever comes from a broken or hostile client.</summary>
public sealed class NulCharacterMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is null && await FindNulAsync(context) is { } found)
        {
            await RefuseAsync(context, found.Where, found.Field);
            return;
        }

        await next(context);
    }

    /// <summary>Where the first NUL is, in words, and the name of its parameter or field if it is in one.</summary>
    private static async Task<(string Where, string? Field)?> FindNulAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Path.Value?.Contains('\0', StringComparison.Ordinal) == true)
        {
            return ("the address", null);
        }

        foreach (var (key, values) in request.Query)
        {
            if (key.Contains('\0', StringComparison.Ordinal) || values.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true))
            {
                return ($"the parameter {Printable(key)}", Printable(key));
            }
        }

        if (!request.HasFormContentType)
        {
            return null;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(context.RequestAborted);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or IOException)
        {
            // A body that cannot be read as a form is refused further on, as before this check.
            return null;
        }

        foreach (var (key, values) in form)
        {
            if (key.Contains('\0', StringComparison.Ordinal) || values.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true))
            {
                return ($"the field {Printable(key)}", Printable(key));
            }
        }

        return null;
    }

    private static string Printable(string key) => key.Replace("\0", "\\0", StringComparison.Ordinal);

    private static async Task RefuseAsync(HttpContext context, string where, string? field)
    {
        var message = $"Text in {where} holds a NUL character (%00), which no text here may hold.";
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.ContentType = "application/problem+json";
            await context.Response.WriteAsync(JsonSerializer.Serialize(new
            {
                type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
                title = "Bad Request",
                status = 400,
                detail = message,
                errors = new Dictionary<string, string[]> { [field ?? "path"] = [message] },
                requestId = context.TraceIdentifier,
            }), context.RequestAborted);
            return;
        }

        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(message, context.RequestAborted);
    }
}
