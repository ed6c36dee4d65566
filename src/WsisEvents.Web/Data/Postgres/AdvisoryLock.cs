namespace WsisEvents.Web.Data.Postgres;

/// <summary>PostgreSQL advisory locks, held until the current transaction ends or, for the migration, for as long as
/// it runs: what serializes two instances that start at once on one database (SQLite does it with the write lock
/// that BEGIN IMMEDIATE takes).</summary>
public static class AdvisoryLock
{
    /// <summary>Migrating the database: creating the history table and applying the migrations.</summary>
    public const long Migrations = 0x5753495300;

    /// <summary>Seeding a new database, step by step.</summary>
    public const long Seeding = 0x5753495301;

    /// <summary>Making the roles and the first administrator.</summary>
    public const long Accounts = 0x5753495303;

    /// <summary>Making the first Data Protection key, which every instance must then share.</summary>
    public const long KeyRing = 0x5753495302;

    /// <summary>Waits for the lock, in the transaction open on <paramref name="db"/>; does nothing on SQLite.</summary>
    public static async Task TakeAsync(WsisDbContext db, long key, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", cancellationToken);
        }
    }

    /// <summary>Runs <paramref name="work"/> holding the lock for the session, across every transaction the work
    /// commits, on a connection kept open meanwhile (a session's lock belongs to its connection); on SQLite runs it
    /// as it is.</summary>
    public static async Task WhileHoldingAsync(WsisDbContext db, long key, Func<Task> work, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            await work();
            return;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({key})", cancellationToken);
            try
            {
                await work();
            }
            finally
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({key})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
