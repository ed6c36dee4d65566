namespace WsisEvents.Web.Tests.Infrastructure;

/// <summary>A test of PostgreSQL itself (its migrations, search, notifications, several instances). Without a server
/// (<c>WSIS_TEST_POSTGRES</c> unset, as on a developer's machine with only SQLite) it is reported as skipped, with
/// the reason; <c>.ci/run</c> starts a server, sets the variable and fails the run if any test was skipped.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestDatabase.HasPostgresServer)
        {
            Skip = $"Needs a PostgreSQL server: set {TestDatabase.ServerVariable} (see the README's section on tests).";
        }
    }
}
