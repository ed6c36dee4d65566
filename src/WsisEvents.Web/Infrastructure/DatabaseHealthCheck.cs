using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace WsisEvents.Web.Infrastructure;

/// <summary>Healthy once the database is migrated and seeded and still answers.</summary>
public sealed class DatabaseHealthCheck(WsisDbContext db, DatabaseReadiness readiness) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!readiness.IsReady)
        {
            return HealthCheckResult.Unhealthy("The database is not migrated and seeded yet.");
        }

        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return HealthCheckResult.Unhealthy("The database does not answer.");
        }

        return (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any()
            ? HealthCheckResult.Unhealthy("The database lacks migrations.")
            : HealthCheckResult.Healthy();
    }
}
