// The same bytes as nginx serves, from memory, with nothing between Kestrel and the response: no routing beyond one
// endpoint, no middleware, no logging. bench/run.sh runs it as `dotnet KestrelCeiling.dll --File=PATH`.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
var body = await File.ReadAllBytesAsync(builder.Configuration["File"] ?? throw new ArgumentException("--File=PATH is required."));
app.MapGet("/meetings", async context =>
{
    context.Response.ContentType = "text/html; charset=utf-8";
    context.Response.ContentLength = body.Length;
    await context.Response.Body.WriteAsync(body);
});
await app.RunAsync();
