namespace WsisEvents.Web.Infrastructure;

/// <summary>Answers HEAD wherever GET is answered, with the same status and headers and no body: feed readers,
/// calendar clients and link checkers ask with HEAD, and endpoints routed with [HttpGet] would otherwise say 405.</summary>
public sealed class HeadRequestMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        var body = context.Response.Body;
        context.Request.Method = HttpMethods.Get;
        context.Response.Body = Stream.Null;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
            context.Request.Method = HttpMethods.Head;
        }
    }
}
