using Microsoft.Data.Sqlite;
using WsisEvents.Web.Import;
using WsisEvents.Web.Seeding;

namespace WsisEvents.Web.Cli;

/// <summary>A catalog in an in-memory SQLite database, migrated and seeded from data/ like a new site: what a
/// dry run reads against when the configured database does not exist yet.</summary>
public sealed class ScratchCatalog : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private readonly WsisDbContext _db;

    private ScratchCatalog(SqliteConnection connection, WsisDbContext db, MeetingImporter importer)
    {
        _connection = connection;
        _db = db;
        Importer = importer;
    }

    public MeetingImporter Importer { get; }

    public static async Task<ScratchCatalog> CreateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(cancellationToken);
        var db = new WsisDbContext(new DbContextOptionsBuilder<WsisDbContext>().UseSqlite(connection).Options);
        await db.Database.MigrateAsync(cancellationToken);
        var corrections = services.GetRequiredService<PlaceCorrections>();
        var clock = services.GetRequiredService<TimeProvider>();
        var seeder = new DatabaseSeeder(db, services.GetRequiredService<DataDirectory>(), corrections, clock,
            services.GetRequiredService<ILogger<DatabaseSeeder>>());
        await seeder.SeedAsync(cancellationToken);
        return new ScratchCatalog(connection, db, new MeetingImporter(db, corrections, clock));
    }

    public async ValueTask DisposeAsync()
    {
        await _db.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
