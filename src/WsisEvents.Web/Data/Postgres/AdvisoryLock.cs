using Microsoft.EntityFrameworkCore;

namespace WsisEvents.Web.Data.Postgres;

/// <summary>PostgreSQL advisory locks held until the current transaction ends: what serializes two instances that
/// start at once on one database (SQLite does it with the write lock that BEGIN IMMEDIATE takes).</summary>
public static class AdvisoryLock
{
    /// <summary>Creating the migrations' history table.</summary>
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
}
