using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using WsisEvents.Web.Data;
using WsisEvents.Web.Data.Postgres;
using WsisEvents.Web.Domain;

namespace WsisEvents.Web.Tests.Data;

/// <summary>The migrations against the model: the schema they build, and the model changes they cover.</summary>
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

    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    /// <summary>A context of the provider's own type, compared with its migrations' snapshot; no server is needed.</summary>
    private static WsisDbContext ContextWithoutServer(DatabaseProvider provider, bool withUncoveredChange)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            var postgres = new DbContextOptionsBuilder<PostgresWsisDbContext>().UseNpgsql("Host=localhost;Database=wsisevents");
            return new PostgresWsisDbContext((withUncoveredChange ? postgres.ReplaceService<IModelCustomizer, UncoveredIndex>() : postgres).Options);
        }

        var sqlite = new DbContextOptionsBuilder<WsisDbContext>().UseSqlite("Data Source=:memory:");
        return new WsisDbContext((withUncoveredChange ? sqlite.ReplaceService<IModelCustomizer, UncoveredIndex>() : sqlite).Options);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Model_HasNoChangeThatNoMigrationCovers(DatabaseProvider provider)
    {
        using var db = ContextWithoutServer(provider, withUncoveredChange: false);

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model differs from the {provider} migrations' snapshot: add a migration (README, Notes for developers).");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void PendingModelChangeCheck_SeesAnIndexThatNoMigrationMakes(DatabaseProvider provider)
    {
        // Guards the guard: the same check on a model with one more index must fail.
        using var db = ContextWithoutServer(provider, withUncoveredChange: true);

        Assert.True(db.Database.HasPendingModelChanges());
    }

    /// <summary>The app's model plus an index on meeting titles, which no migration creates.</summary>
    private sealed class UncoveredIndex(ModelCustomizerDependencies dependencies) : ModelCustomizer(dependencies)
    {
        public override void Customize(ModelBuilder modelBuilder, DbContext context)
        {
            base.Customize(modelBuilder, context);
            modelBuilder.Entity<Meeting>().HasIndex(m => m.Title);
        }
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
    public async Task PostgresMigrations_AreTheirOwn()
    {
        using var database = TestDatabase.CreatePostgres();
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();
        await using var sqlite = new WsisDbContext(new DbContextOptionsBuilder<WsisDbContext>().UseSqlite("Data Source=:memory:").Options);

        var applied = await db.Database.GetAppliedMigrationsAsync();
        Assert.Equal(db.Database.GetMigrations(), applied);
        Assert.Empty(applied.Intersect(sqlite.Database.GetMigrations()));
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
