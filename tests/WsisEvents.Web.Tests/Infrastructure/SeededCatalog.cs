namespace WsisEvents.Web.Tests.Infrastructure;

/// <summary>One seeded catalog shared by the tests of a class that only read.</summary>
public sealed class SeededCatalog : IAsyncLifetime
{
    public CatalogFactory Factory { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Client = Factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}
