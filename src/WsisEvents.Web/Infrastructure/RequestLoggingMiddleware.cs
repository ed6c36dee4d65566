using System.Diagnostics;
using Serilog.Context;

namespace WsisEvents.Web.Infrastructure;

/// <summary>One structured log line per request: method, path, status and elapsed milliseconds.</summary>
public sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var start = Stopwatch.GetTimestamp();
        var failed = false;

        // Every line logged while the request runs carries its id, which the error page shows the visitor.
        using var requestId = LogContext.PushProperty("RequestId", context.TraceIdentifier);
        try
        {
            await next(context);
        }
        catch
        {
            // Logged here as the 500 it becomes, whatever handles it further out (the developer page, say).
            failed = true;
            throw;
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            var status = failed ? 500
                : context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted ? 499
                : context.Response.StatusCode;
            logger.Log(
                status >= 500 ? LogLevel.Error : LogLevel.Information,
                "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms",
                context.Request.Method,
                context.Request.Path.Value,
                status,
                elapsed);
        }
    }
}
