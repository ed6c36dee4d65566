using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WsisEvents.Web.Data;
using WsisEvents.Web.Tests.Infrastructure;

namespace WsisEvents.Web.Tests.Data;

/// <summary>The migrations are written by hand; this is what keeps them honest.</summary>
public class MigrationSchemaTests
{
    private static async Task<List<string>> SchemaAsync(Func<WsisDbContext, Task> build)
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = new WsisDbContext(new DbContextOptionsBuilder<WsisDbContext>().UseSqlite(connection).Options);
        await build(db);
        return await SqliteSchema.DescribeAsync(connection);
    }

    [Fact]
    public async Task Migrations_BuildExactlyTheSchemaOfTheModel()
    {
        var fromModel = await SchemaAsync(db => db.Database.EnsureCreatedAsync());
        var fromMigrations = await SchemaAsync(db => db.Database.MigrateAsync());

        Assert.NotEmpty(fromModel);
        Assert.Equal(fromModel, fromMigrations);
    }

    [Fact]
    public async Task Migrations_LeaveNoModelChangePending()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = new WsisDbContext(new DbContextOptionsBuilder<WsisDbContext>().UseSqlite(connection).Options);
        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(
            ["20261125080000_CreateCatalogSchema", "20261125090000_AddAccountsHistoryAndVersions", "20261126080000_AddMeetingSearchIndexes",
                "20261127080000_AddDataProtectionKeys"],
            await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task SchemaDescription_SeesADifferenceInAnIndex()
    {
        // Guards the guard: a schema that lacks one index must not compare equal.
        var full = await SchemaAsync(db => db.Database.EnsureCreatedAsync());
        var withoutIndex = await SchemaAsync(async db =>
        {
            await db.Database.EnsureCreatedAsync();
            await db.Database.ExecuteSqlRawAsync("DROP INDEX IX_Meetings_EndDate");
        });

        Assert.NotEqual(full, withoutIndex);
    }

    private static async Task<List<string>> PostgresSchemaAsync(Func<WsisDbContext, Task> build)
    {
        using var database = TestDatabase.CreatePostgres();
        await using (var db = database.CreateContext())
        {
            await build(db);
        }

        await using var connection = database.CreateConnection();
        await connection.OpenAsync();
        return await PostgresSchema.DescribeAsync(connection);
    }

    [PostgresFact]
    public async Task PostgresMigrations_BuildExactlyTheSchemaOfTheModel()
    {
        var fromModel = await PostgresSchemaAsync(db => db.Database.EnsureCreatedAsync());
        var fromMigrations = await PostgresSchemaAsync(db => db.Database.MigrateAsync());

        Assert.Contains(fromModel, line => line.StartsWith("column Meetings.StartDate date", StringComparison.Ordinal));
        Assert.Equal(fromModel, fromMigrations);
    }

    [PostgresFact]
    public async Task PostgresMigrations_AreTheirOwn_AndLeaveNothingPending()
    {
        using var database = TestDatabase.CreatePostgres();
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(["20261127080000_CreateCatalogSchema"], await db.Database.GetAppliedMigrationsAsync());
    }

    [PostgresFact]
    public async Task PostgresSchemaDescription_SeesADifferenceInAnIndex()
    {
        var full = await PostgresSchemaAsync(db => db.Database.EnsureCreatedAsync());
        var withoutIndex = await PostgresSchemaAsync(async db =>
        {
            await db.Database.EnsureCreatedAsync();
            await db.Database.ExecuteSqlRawAsync("DROP INDEX \"IX_Meetings_EndDate\"");
        });

        Assert.NotEqual(full, withoutIndex);
    }
}
