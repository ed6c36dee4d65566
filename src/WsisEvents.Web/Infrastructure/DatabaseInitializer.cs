using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WsisEvents.Web.Accounts;
using WsisEvents.Web.Data;
using WsisEvents.Web.Data.Seeding;

namespace WsisEvents.Web.Infrastructure;

/// <summary>Brings the database to the current schema and seeds it if it is new.</summary>
public sealed class DatabaseInitializer(
    WsisDbContext db, DatabaseSeeder seeder, AccountBootstrapper accounts, DatabaseReadiness readiness, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (db.Database.GetDbConnection() is SqliteConnection sqlite
            && Path.GetDirectoryName(Path.GetFullPath(sqlite.DataSource)) is { Length: > 0 } folder
            && !string.Equals(sqlite.DataSource, ":memory:", StringComparison.Ordinal))
        {
            Directory.CreateDirectory(folder);
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, pending);
            await db.Database.MigrateAsync(cancellationToken);
        }

        await seeder.SeedAsync(cancellationToken);
        await accounts.BootstrapAsync();
        readiness.IsReady = true;
    }

    /// <summary>Runs the initializer before the server takes requests; if it fails, the app does not start.</summary>
    public sealed class OnStartup(IServiceScopeFactory scopes) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

/// <summary>Whether this process has migrated and seeded its database.</summary>
public sealed class DatabaseReadiness
{
    public bool IsReady { get; set; }
}
