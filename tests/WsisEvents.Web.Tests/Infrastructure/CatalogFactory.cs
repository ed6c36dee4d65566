using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using WsisEvents.Web.Data;

namespace WsisEvents.Web.Tests.Infrastructure;

/// <summary>The whole app on a database of its own (<see cref="TestDatabase"/>: a SQLite file in a temporary folder,
/// or a new PostgreSQL database when the suite runs on PostgreSQL), migrated and seeded at start as in production.</summary>
public class CatalogFactory : WebApplicationFactory<Program>
{
    private readonly bool _ownsDatabase;

    public CatalogFactory()
        : this(TestDatabase.Create(), ownsDatabase: true)
    {
    }

    /// <summary>An app on a new database of the given provider, whatever the suite runs on: for tests of one provider.</summary>
    public CatalogFactory(DatabaseProvider provider)
        : this(TestDatabase.Create(provider), ownsDatabase: true)
    {
    }

    /// <summary>An app on an existing database, as after a restart; the caller owns the database.</summary>
    public CatalogFactory(TestDatabase database)
        : this(database, ownsDatabase: false)
    {
    }

    private CatalogFactory(TestDatabase database, bool ownsDatabase)
    {
        Database = database;
        _ownsDatabase = ownsDatabase;
    }

    public TestDatabase Database { get; }

    /// <summary>High by default: the test client always comes from the same (unknown) address.</summary>
    public int SearchesPerMinute { get; init; } = 100_000;

    public string ConnectionString => Database.ConnectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("RateLimits:SearchPerMinute", SearchesPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A DbContext on the app's database, for arranging and checking data behind the app's back.</summary>
    public WsisDbContext CreateDbContext() => Services.CreateScope().ServiceProvider.GetRequiredService<WsisDbContext>();

    public async Task<T> WithDbAsync<T>(Func<WsisDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<WsisDbContext>());
    }

    public HttpClient CreateClientWithoutRedirects() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDatabase)
        {
            Database.Dispose();
        }
    }
}
