using Serilog.Events;

namespace WsisEvents.Web.Tests.Api;

public class RequestLoggingTests(SeededCatalog catalog) : IClassFixture<SeededCatalog>
{
    [Fact]
    public async Task EveryRequest_IsLoggedOnceWithMethodPathStatusElapsedTimeAndRequestId()
    {
        var logs = new LogCapture();
        using var factory = catalog.Factory.WithWebHostBuilder(b => logs.AttachTo(b, LogEventLevel.Information));
        using var client = factory.CreateClient();

        (await client.GetAsync("/api/meetings?year=2005")).Dispose();
        (await client.GetAsync("/api/meetings?year=nope")).Dispose();

        var lines = logs.Entries.Where(e => e.Category == "Serilog.AspNetCore.RequestLoggingMiddleware").ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal(["GET", "GET"], lines.Select(l => l.Properties["RequestMethod"]));
        Assert.Equal(["/api/meetings", "/api/meetings"], lines.Select(l => l.Properties["RequestPath"]));
        Assert.Equal([200, 400], lines.Select(l => l.Properties["StatusCode"]));
        Assert.Equal([LogEventLevel.Information, LogEventLevel.Information], lines.Select(l => l.Level));
        Assert.All(lines, l => Assert.IsType<double>(l.Properties["Elapsed"]));
        Assert.Equal(2, lines.Select(l => Assert.IsType<string>(l.Properties["RequestId"])).Where(id => id.Length > 0).Distinct().Count());
    }
}
