using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WsisEvents.Web.Tests.Infrastructure;

namespace WsisEvents.Web.Tests.Api;

public class RequestLoggingTests(SeededCatalog catalog) : IClassFixture<SeededCatalog>
{
    [Fact]
    public async Task EveryRequest_IsLoggedOnceWithMethodPathStatusAndElapsedTime()
    {
        var logs = new CapturingLoggerProvider();
        using var factory = catalog.Factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(logs)));
        using var client = factory.CreateClient();

        (await client.GetAsync("/api/meetings?year=2005")).Dispose();
        (await client.GetAsync("/api/meetings?year=nope")).Dispose();

        var lines = logs.Entries.Where(e => e.Category.EndsWith("RequestLoggingMiddleware", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal(["GET", "GET"], lines.Select(l => l.Properties["RequestMethod"]));
        Assert.Equal(["/api/meetings", "/api/meetings"], lines.Select(l => l.Properties["RequestPath"]));
        Assert.Equal([200, 400], lines.Select(l => l.Properties["StatusCode"]));
        Assert.All(lines, l => Assert.IsType<double>(l.Properties["Elapsed"]));
    }
}
