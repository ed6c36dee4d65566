using Microsoft.Data.Sqlite;
using Npgsql;

namespace WsisEvents.Web.Data;

/// <summary>The two databases the catalog runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file: the default, for one machine.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, for several instances of the site.</summary>
    Postgres,
}

/// <summary><c>Database:Provider</c> and <c>ConnectionStrings:Default</c>, read and checked once at start-up.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public bool IsPostgres => Provider == DatabaseProvider.Postgres;

    /// <summary>The settings, or a <see cref="DatabaseConfigurationException"/> saying what is wrong: an unknown
    /// provider, PostgreSQL without a connection string, or a connection string the provider cannot read. Without a
    /// connection string SQLite uses App_Data/wsisevents.db under the content root (created on first start, not
    /// here, so that a dry run creates nothing).</summary>
    public static DatabaseSettings FromConfiguration(IConfiguration configuration, string contentRoot)
    {
        var providerName = configuration["Database:Provider"];
        DatabaseProvider provider;
        if (string.IsNullOrWhiteSpace(providerName))
        {
            provider = DatabaseProvider.Sqlite;
        }
        else if (!Enum.TryParse(providerName.Trim(), ignoreCase: true, out provider) || !Enum.IsDefined(provider))
        {
            throw new DatabaseConfigurationException(
                $"Database:Provider is '{providerName}'; it must be Sqlite (the default) or Postgres.");
        }

        var configured = configuration.GetConnectionString("Default");
        try
        {
            return provider switch
            {
                DatabaseProvider.Postgres when string.IsNullOrWhiteSpace(configured) => throw new DatabaseConfigurationException(
                    "Database:Provider is Postgres but ConnectionStrings:Default is empty; set it to an Npgsql connection string "
                    + "(Host=…;Database=…;Username=…;Password=…)."),
                DatabaseProvider.Postgres => new(provider, WithApplicationName(new NpgsqlConnectionStringBuilder(configured))),
                _ when !string.IsNullOrWhiteSpace(configured) => new(provider, new SqliteConnectionStringBuilder(configured).ToString()),
                _ => new(provider, new SqliteConnectionStringBuilder { DataSource = Path.Combine(contentRoot, "App_Data", "wsisevents.db") }.ToString()),
            };
        }
        catch (ArgumentException ex)
        {
            throw new DatabaseConfigurationException($"ConnectionStrings:Default is not a valid {provider} connection string: {ex.Message}");
        }
    }

    /// <summary>An application name, which shows in <c>pg_stat_activity</c>, unless the operator set one.</summary>
    private static string WithApplicationName(NpgsqlConnectionStringBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            builder.ApplicationName = "WsisEvents";
        }

        return builder.ConnectionString;
    }
}

/// <summary>The database settings cannot work; the message says which one and why.</summary>
public sealed class DatabaseConfigurationException(string message) : Exception(message);
