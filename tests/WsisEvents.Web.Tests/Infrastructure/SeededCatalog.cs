namespace WsisEvents.Web.Tests.Infrastructure;

/// <summary>A seeded catalog and a client of it. As a class fixture, one catalog shared by the tests of a class that
/// only read; as the base of a test class, a catalog of each test's own (xUnit makes a new instance of the class for
/// every test), for tests that change it.</summary>
public class SeededCatalog<TFactory> : IAsyncLifetime
    where TFactory : CatalogFactory, new()
{
    public TFactory Factory { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public virtual Task InitializeAsync()
    {
        Client = Factory.CreateClient();
        return Task.CompletedTask;
    }

    public virtual async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}

/// <summary>A seeded catalog and a client of it; see <see cref="SeededCatalog{TFactory}"/>.</summary>
public class SeededCatalog : SeededCatalog<CatalogFactory>;

/// <summary>The base of a test class whose tests each edit a catalog of their own through the admin area, with the
/// first administrator signed in (<see cref="Admin"/>).</summary>
public abstract class SignedInCatalog<TFactory> : SeededCatalog<TFactory>
    where TFactory : AdminCatalogFactory, new()
{
    public HttpClient Admin { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Admin = await Factory.AdminAsync();
    }

    public override async Task DisposeAsync()
    {
        Admin.Dispose();
        await base.DisposeAsync();
    }
}

/// <summary>See <see cref="SignedInCatalog{TFactory}"/>.</summary>
public abstract class SignedInCatalog : SignedInCatalog<AdminCatalogFactory>;
