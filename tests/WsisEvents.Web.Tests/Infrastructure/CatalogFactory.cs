using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using WsisEvents.Web.Data;

namespace WsisEvents.Web.Tests.Infrastructure;

/// <summary>The whole app on a SQLite file of its own in a temporary folder, migrated and seeded at start as in
/// production.</summary>
public class CatalogFactory : WebApplicationFactory<Program>
{
    private readonly string? _ownFolder;

    public CatalogFactory()
    {
        _ownFolder = TempFolder.Create();
        DatabasePath = Path.Combine(_ownFolder, "catalog.db");
    }

    /// <summary>An app on an existing database file, as after a restart; the caller owns the file.</summary>
    public CatalogFactory(string databasePath)
    {
        DatabasePath = databasePath;
    }

    public string DatabasePath { get; }

    /// <summary>High by default: the test client always comes from the same (unknown) address.</summary>
    public int SearchesPerMinute { get; init; } = 100_000;

    public string ConnectionString => new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
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
        if (disposing && _ownFolder is not null)
        {
            SqliteConnection.ClearAllPools();
            TempFolder.Delete(_ownFolder);
        }
    }
}
