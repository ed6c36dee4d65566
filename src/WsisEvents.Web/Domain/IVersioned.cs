namespace WsisEvents.Web.Domain;

/// <summary>An entry editors change. <see cref="Version"/> is its concurrency token: the edit form carries it, the
/// save succeeds only if it is still the stored one, and every save increments it (see WsisDbContext), so two
/// editors can never overwrite each other silently. An integer rather than a row version, so that SQLite and
/// PostgreSQL behave the same.</summary>
public interface IVersioned
{
    int Version { get; set; }
}
