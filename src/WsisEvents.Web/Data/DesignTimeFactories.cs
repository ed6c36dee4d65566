using Microsoft.EntityFrameworkCore.Design;
using WsisEvents.Web.Data.Postgres;

namespace WsisEvents.Web.Data;

/// <summary>The contexts as <c>dotnet ef</c> makes them, one per provider, without starting the site. Generating a
/// migration or a script opens no connection, so neither needs a database; a command that does connect (<c>dotnet ef
/// database update</c>) uses <c>ConnectionStrings__Default</c> from the environment when it is set. The site itself
/// migrates its database at start-up and does not use these.</summary>
internal static class DesignTimeConnection
{
    public static string Or(string fallback) =>
        Environment.GetEnvironmentVariable("ConnectionStrings__Default") is { Length: > 0 } configured ? configured : fallback;
}

/// <summary>SQLite's context, whose migrations are in Data/Migrations.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<WsisDbContext>
{
    public WsisDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<WsisDbContext>().UseSqlite(DesignTimeConnection.Or("Data Source=App_Data/wsisevents.db")).Options);
}

/// <summary>PostgreSQL's context, whose migrations are in Data/Postgres/Migrations.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresWsisDbContext>
{
    public PostgresWsisDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresWsisDbContext>().UseNpgsql(DesignTimeConnection.Or("Host=localhost;Database=wsisevents")).Options);
}
