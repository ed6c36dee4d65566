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
    /// <summary>How long start-up waits for a database that another process holds locked.</summary>
    private static readonly TimeSpan StartupLockWait = TimeSpan.FromSeconds(10);

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var sqlite = db.Database.GetDbConnection() as SqliteConnection;
        try
        {
            if (sqlite is not null && !IsInMemory(sqlite.DataSource) && Path.GetDirectoryName(Path.GetFullPath(sqlite.DataSource)) is { Length: > 0 } folder)
            {
                Directory.CreateDirectory(folder);
            }

            db.Database.SetCommandTimeout(StartupLockWait);
            await MigrateAndSeedAsync(cancellationToken);
            if (sqlite is not null)
            {
                await ProbeWriteAsync(cancellationToken);
            }
        }
        catch (SqliteException ex)
        {
            throw new DatabaseUnavailableException(Explain(ex, sqlite?.DataSource), ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new DatabaseUnavailableException($"The database folder cannot be created or written: {ex.Message}", ex);
        }
        finally
        {
            db.Database.SetCommandTimeout(null);
        }

        readiness.IsReady = true;
    }

    private async Task MigrateAndSeedAsync(CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, pending);
            await db.Database.MigrateAsync(cancellationToken);
        }

        await seeder.SeedAsync(cancellationToken);
        await accounts.BootstrapAsync();
    }

    /// <summary>A database that can be read but not written would let the site start and then fail every edit:
    /// taking the write lock once at start-up finds that out.</summary>
    private async Task ProbeWriteAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("UPDATE DataSeeds SET Id = Id WHERE 0", cancellationToken);
        await transaction.RollbackAsync(cancellationToken);
    }

    private static bool IsInMemory(string dataSource) =>
        string.Equals(dataSource, ":memory:", StringComparison.Ordinal) || dataSource.StartsWith("file::memory:", StringComparison.Ordinal);

    private static string Explain(SqliteException ex, string? file) => ex.SqliteErrorCode switch
    {
        5 or 6 => $"The database file {file} is locked by another process (waited {StartupLockWait.TotalSeconds:0} s). Stop the other process and start again.",
        8 => $"The database file {file} is read-only. The site needs to write to it (and to its folder, for the journal).",
        11 or 26 => $"The database file {file} is corrupt or is not a SQLite database. Restore it from a backup (see the README), or move it away to start with a new catalog.",
        14 => $"The database file {file} cannot be opened: check that its folder exists and may be written.",
        _ => $"The database file {file} cannot be used: {ex.Message}",
    };

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

/// <summary>The database cannot be used at start-up; the message says why and what to do, for the log.</summary>
public sealed class DatabaseUnavailableException(string message, Exception inner) : Exception(message, inner);

/// <summary>Whether this process has migrated and seeded its database.</summary>
public sealed class DatabaseReadiness
{
    public bool IsReady { get; set; }
}
