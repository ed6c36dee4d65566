using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using WsisEvents.Web.Accounts;
using WsisEvents.Web.Data.Postgres;
using WsisEvents.Web.Seeding;

namespace WsisEvents.Web.Infrastructure;

/// <summary>Brings the database to the current schema and seeds it if it is new.</summary>
public sealed class DatabaseInitializer(
    WsisDbContext db, DatabaseSeeder seeder, AccountBootstrapper accounts, DatabaseReadiness readiness, ServiceRegistration.KeyStore keyStore,
    IDataProtectionProvider dataProtection, ILogger<DatabaseInitializer> logger)
{
    /// <summary>How long start-up waits for a database that another process holds locked.</summary>
    private static readonly TimeSpan StartupLockWait = TimeSpan.FromSeconds(10);

    /// <summary>On PostgreSQL, how long a statement at start-up may wait, for another instance migrating or seeding
    /// the database under the advisory locks.</summary>
    private static readonly TimeSpan PostgresStartupWait = TimeSpan.FromSeconds(120);

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var sqlite = db.Database.GetDbConnection() as SqliteConnection;
        try
        {
            if (sqlite is not null && !IsInMemory(sqlite.DataSource) && Path.GetDirectoryName(Path.GetFullPath(sqlite.DataSource)) is { Length: > 0 } folder)
            {
                Directory.CreateDirectory(folder);
            }

            db.Database.SetCommandTimeout(db.Database.IsNpgsql() ? PostgresStartupWait : StartupLockWait);
            await MigrateAndSeedAsync(cancellationToken);
            if (sqlite is not null)
            {
                await ProbeWriteAsync(cancellationToken);
            }

            if (keyStore.InDatabase)
            {
                await EnsureKeyRingAsync(cancellationToken);
            }
        }
        catch (SqliteException ex)
        {
            throw new DatabaseUnavailableException(Explain(ex, sqlite?.DataSource), ex);
        }
        catch (NpgsqlException ex)
        {
            throw new DatabaseUnavailableException(Explain(ex, db.Database.GetDbConnection() as NpgsqlConnection), ex);
        }
        catch (InvalidOperationException ex) when (ex.InnerException is NpgsqlException inner)
        {
            // Npgsql's execution strategy wraps what fails outside a strategy-run operation ("likely due to a
            // transient failure"): opening the connection for the migration lock, for instance.
            throw new DatabaseUnavailableException(Explain(inner, db.Database.GetDbConnection() as NpgsqlConnection), ex);
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
        // No look at the pending migrations first: a look before the lock can read a history table that another
        // instance is creating. On PostgreSQL the whole migration runs under a session lock of ours, so that two
        // instances starting at once on one database migrate it once: EF Core's own migration lock there is a table
        // lock that ends with a transaction, and was seen to let a second instance apply a migration the first had
        // just applied (ScaleOutTests). The history table is made first, under that lock: on a new database
        // MigrateAsync would read it before creating it, and EF Core logs that expected failure as an error.
        await AdvisoryLock.WhileHoldingAsync(db, AdvisoryLock.Migrations, async () =>
        {
            if (db.Database.IsNpgsql())
            {
                await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
            }

            await db.Database.MigrateAsync(cancellationToken);
        }, cancellationToken);
        if (db.Database.IsNpgsql() && await db.Database.SqlQueryRaw<string>("SELECT current_setting('lc_ctype') AS \"Value\"").SingleAsync(cancellationToken) is "C" or "POSIX")
        {
            logger.LogWarning(
                "The database's LC_CTYPE is C: text search will treat letters beyond ASCII (Cyrillic, Greek, Arabic, …) as separators. "
                + "Create the database with a UTF-8 locale (createdb --locale=C.UTF-8 or en_US.UTF-8).");
        }

        logger.LogInformation("Database schema at migration {Migration}", (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).LastOrDefault());
        await seeder.SeedAsync(cancellationToken);

        // The roles and the first administrator, made once however many instances start at once.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await AdvisoryLock.TakeAsync(db, AdvisoryLock.Accounts, cancellationToken);
        await accounts.BootstrapAsync();
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>A database that can be read but not written would let the site start and then fail every edit:
    /// taking the write lock once at start-up finds that out.</summary>
    private async Task ProbeWriteAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("UPDATE DataSeeds SET Id = Id WHERE 0", cancellationToken);
        await transaction.RollbackAsync(cancellationToken);
    }

    /// <summary>Makes the key ring, and its first key if the database has none, while holding a lock: two instances
    /// started at once on a new database would otherwise each make a key of their own, and for a day (until each
    /// reads the ring again) neither would read the other's cookies.</summary>
    private async Task EnsureKeyRingAsync(CancellationToken cancellationToken)
    {
        // On SQLite a transaction here would hold the write lock that the key ring's own connection needs to store
        // the key, so the key is made without one, as it was when SQLite kept its keys in files.
        if (!db.Database.IsNpgsql())
        {
            dataProtection.CreateProtector("WsisEvents.Startup").Protect([1]);
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await AdvisoryLock.TakeAsync(db, AdvisoryLock.KeyRing, cancellationToken);
        dataProtection.CreateProtector("WsisEvents.Startup").Protect([1]);
        await transaction.CommitAsync(cancellationToken);
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

    private static string Explain(NpgsqlException ex, NpgsqlConnection? connection)
    {
        var settings = connection is null ? null : new NpgsqlConnectionStringBuilder(connection.ConnectionString);
        var server = settings is null ? "the PostgreSQL server" : $"the PostgreSQL server at {settings.Host}:{settings.Port} (database {settings.Database})";
        return ex switch
        {
            PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } =>
                $"{server} refused the user name or password of ConnectionStrings:Default.",
            PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } =>
                $"{server} has no such database. Create it (createdb) and give the site's user ownership of it.",
            PostgresException { SqlState: PostgresErrorCodes.InsufficientPrivilege } pg =>
                $"The site's user lacks a privilege on {server}: {pg.MessageText}. It needs to own the database (it creates tables and the unaccent extension).",
            PostgresException { SqlState: PostgresErrorCodes.ReadOnlySqlTransaction } =>
                $"{server} is read-only (a standby?). The site needs to write.",
            PostgresException pg => $"{server} answered with an error: {pg.MessageText} ({pg.SqlState}).",
            _ => $"{server} cannot be reached: {ex.Message}. Check that it runs and that Host and Port are right.",
        };
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

/// <summary>The database cannot be used at start-up; the message says why and what to do, for the log.</summary>
public sealed class DatabaseUnavailableException(string message, Exception inner) : Exception(message, inner);

/// <summary>Whether this process has migrated and seeded its database.</summary>
public sealed class DatabaseReadiness
{
    public bool IsReady { get; set; }
}
