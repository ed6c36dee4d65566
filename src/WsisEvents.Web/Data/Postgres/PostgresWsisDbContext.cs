namespace WsisEvents.Web.Data.Postgres;

/// <summary>The catalog on PostgreSQL. The same model as <see cref="WsisDbContext"/>; a type of its own because EF
/// Core picks a context's migrations by the exact type their <c>[DbContext]</c> attribute names, so that SQLite's
/// migrations (Data/Migrations) and PostgreSQL's (Data/Postgres/Migrations) live side by side in one assembly.
/// Everything else asks for <see cref="WsisDbContext"/> and gets this one.</summary>
public sealed class PostgresWsisDbContext(DbContextOptions<PostgresWsisDbContext> options) : WsisDbContext(options);
