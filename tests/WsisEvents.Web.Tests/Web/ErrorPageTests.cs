using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Serilog.Events;

namespace WsisEvents.Web.Tests.Web;

public sealed class ErrorPageTests : IAsyncLifetime
{
    private readonly LogCapture _logs = new();
    private readonly CatalogFactory _factory = new();
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _app = null!;

    public Task InitializeAsync()
    {
        _app = _factory.WithWebHostBuilder(b => _logs.AttachTo(b, LogEventLevel.Information));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _factory.DisposeAsync();
    }

    [Theory]
    [InlineData("/error")]
    [InlineData("/error/500")]
    [InlineData("/error/503")]
    public async Task TheErrorPage_AskedForDirectly_IsA404_AndLogsNoError(string url)
    {
        using var client = _app.CreateClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(_logs.Entries, e => e.Level >= LogEventLevel.Error);
    }

    [Fact]
    public async Task AnUnknownPage_StillGetsTheNotFoundPage()
    {
        using var client = _app.CreateClient();

        using var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", (await response.ReadDocumentAsync()).QuerySelector("h1")!.TextContent.Trim());
    }
}

/// <summary>On a real Kestrel port, since the test server writes no Server header of its own.</summary>
public sealed class ServerHeaderTests : IAsyncLifetime
{
    private readonly CatalogFactory _factory = new();

    public Task InitializeAsync()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Responses_DoNotNameTheServer()
    {
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"), string.Join(", ", response.Headers.Server));
    }
}
