namespace WsisEvents.Web.Tests.Infrastructure;

/// <summary>A theory about PostgreSQL itself; skipped with the reason when no server is given, as <see cref="PostgresFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (!TestDatabase.HasPostgresServer)
        {
            Skip = $"Needs a PostgreSQL server: set {TestDatabase.ServerVariable} (see the README's section on tests).";
        }
    }
}
