namespace WsisEvents.Web.Tests.Infrastructure;

/// <summary>One seeded catalog shared by the tests of a class that only read.</summary>
public class SeededCatalog<TFactory> : IAsyncLifetime
    where TFactory : CatalogFactory, new()
{
    public TFactory Factory { get; } = new();

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

/// <summary>One seeded catalog shared by the tests of a class that only read.</summary>
public sealed class SeededCatalog : SeededCatalog<CatalogFactory>;
