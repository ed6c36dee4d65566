using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using WsisEvents.Web.Data;
using WsisEvents.Web.Data.Postgres;

namespace WsisEvents.Web.Tests.Infrastructure;

/// <summary>A database of a test's own: a SQLite file in a temporary folder, or a new database on the PostgreSQL
/// server named by <c>WSIS_TEST_POSTGRES</c>, dropped at the end.
/// <para>The suite runs on the provider that <c>WSIS_TEST_PROVIDER</c> names (<c>Sqlite</c>, the default, or
/// <c>Postgres</c>): every test that uses <see cref="Create()"/> (through <see cref="CatalogFactory"/> and
/// <see cref="AppProcess"/>) runs on it. Tests about one provider ask for it by name. A test that needs PostgreSQL
/// while <c>WSIS_TEST_POSTGRES</c> is unset fails with a message saying so; it is never skipped without a word.</para></summary>
public sealed class TestDatabase : IDisposable
{
    public const string ProviderVariable = "WSIS_TEST_PROVIDER";
    public const string ServerVariable = "WSIS_TEST_POSTGRES";

    private readonly string? _folder;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? folder, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _folder = folder;
        _postgresName = postgresName;
    }

    /// <summary>The provider the suite runs on.</summary>
    public static DatabaseProvider SuiteProvider { get; } = ReadSuiteProvider();

    /// <summary>Whether a PostgreSQL server was given (the provider-specific PostgreSQL tests need one).</summary>
    public static bool HasPostgresServer => !string.IsNullOrWhiteSpace(System.Environment.GetEnvironmentVariable(ServerVariable));

    public DatabaseProvider Provider { get; }

    public bool IsPostgres => Provider == DatabaseProvider.Postgres;

    public string ConnectionString { get; }

    /// <summary>The SQLite file (SQLite only).</summary>
    public string FilePath => _folder is not null
        ? new SqliteConnectionStringBuilder(ConnectionString).DataSource
        : throw new InvalidOperationException("A PostgreSQL database has no file.");

    /// <summary>The settings that point the app at this database, as environment variables. The app keeps its Data
    /// Protection keys in the database, so a second app on it (a restart, another instance) reads the same keys.</summary>
    public Dictionary<string, string> Environment => new()
    {
        ["Database__Provider"] = Provider.ToString(),
        ["ConnectionStrings__Default"] = ConnectionString,
    };

    public static TestDatabase Create() => Create(SuiteProvider);

    public static TestDatabase Create(DatabaseProvider provider) => provider == DatabaseProvider.Postgres ? CreatePostgres() : CreateSqlite();

    public static TestDatabase CreateSqlite()
    {
        var folder = TempFolder.Create();
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "catalog.db"), Pooling = false }.ToString();
        return new TestDatabase(DatabaseProvider.Sqlite, connectionString, folder, null);
    }

    public static TestDatabase CreatePostgres()
    {
        var server = ServerConnectionString();
        var name = "wsis_test_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new TestDatabase(DatabaseProvider.Postgres, connectionString, null, name);
    }

    /// <summary>The server's connection string from <c>WSIS_TEST_POSTGRES</c>, or a failure that says how to set it.</summary>
    public static string ServerConnectionString()
    {
        var server = System.Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"This test needs a PostgreSQL server: set {ServerVariable} to an Npgsql connection string of a user who may create databases "
                + "(for example Host=127.0.0.1;Username=wsis;Password=wsis). .ci/run starts one.");
        }

        // The maintenance database, where CREATE DATABASE runs, unless another is named.
        var builder = new NpgsqlConnectionStringBuilder(server);
        builder.Database ??= "postgres";
        return builder.ConnectionString;
    }

    public DbContextOptions<WsisDbContext> Options() => IsPostgres
        ? throw new InvalidOperationException("Use CreateContext for PostgreSQL.")
        : new DbContextOptionsBuilder<WsisDbContext>().UseSqlite(ConnectionString).Options;

    /// <summary>A context of the type the app uses on this provider (PostgreSQL's has migrations of its own).</summary>
    public WsisDbContext CreateContext() => IsPostgres
        ? new PostgresWsisDbContext(new DbContextOptionsBuilder<PostgresWsisDbContext>().UseNpgsql(ConnectionString).Options)
        : new WsisDbContext(Options());

    public DbConnection CreateConnection() => IsPostgres ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);

    public void Dispose()
    {
        if (_folder is not null)
        {
            SqliteConnection.ClearAllPools();
            TempFolder.Delete(_folder);
        }

        if (_postgresName is not null)
        {
            // WITH (FORCE) ends the connections the app's pool still holds.
            using var connection = new NpgsqlConnection(ServerConnectionString());
            connection.Open();
            using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", connection);
            command.ExecuteNonQuery();
        }
    }

    private static DatabaseProvider ReadSuiteProvider()
    {
        var value = System.Environment.GetEnvironmentVariable(ProviderVariable);
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new InvalidOperationException($"{ProviderVariable} is '{value}'; it must be Sqlite or Postgres.");
    }
}
