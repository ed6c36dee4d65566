using Npgsql;

namespace WsisEvents.Web.Infrastructure;

/// <summary>Several instances of the site on one PostgreSQL database: each evicts its caches when any of them (or an
/// import command, or a hand-written UPDATE) commits a change to the catalog. Statement-level triggers on every
/// catalog table (migration Data/Postgres/Migrations/…_CreateCatalogSchema) call <c>pg_notify</c> on
/// <see cref="Channel"/>; PostgreSQL delivers the notification to every listening connection when, and only if, the
/// transaction commits, once per transaction. This service keeps one connection listening; if it is lost, it
/// reconnects and evicts, since changes may have been missed in between.</summary>
public sealed class PostgresChangeListener(string connectionString, CacheEviction eviction, ILogger<PostgresChangeListener> logger) : BackgroundService
{
    public const string Channel = "wsis_catalog_changed";

    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    /// <summary>The connection string with an application name, which shows in <c>pg_stat_activity</c> unless the
    /// operator set one.</summary>
    public static string WithApplicationName(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            builder.ApplicationName = "WsisEvents";
        }

        return builder.ConnectionString;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(WithApplicationName(connectionString))
        {
            // Not from the pool: this connection stays open, and the server's idle timeouts should not apply to it.
            Pooling = false,
            KeepAlive = 30,
        };
        var missedSomething = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                connection.Notification += (_, args) => OnNotification(args, stoppingToken);
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                if (missedSomething)
                {
                    logger.LogInformation("Listening for catalog changes again; evicting the caches in case one was missed");
                    await eviction.EvictAsync(stoppingToken);
                    missedSomething = false;
                }

                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or IOException or TimeoutException)
            {
                missedSomething = true;
                logger.LogWarning("Lost the connection that hears other instances' changes ({Reason}); reconnecting in {Seconds} s",
                    ex.Message, RetryDelay.TotalSeconds);
                try
                {
                    await Task.Delay(RetryDelay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Runs on the listening connection's thread, inside <c>WaitAsync</c>; the eviction is awaited there
    /// too (it is quick, in memory), so notifications are handled one at a time and in order.</summary>
    private void OnNotification(NpgsqlNotificationEventArgs args, CancellationToken stoppingToken)
    {
        if (args.Channel != Channel)
        {
            return;
        }

        logger.LogDebug("Catalog change notified by server process {Pid}; evicting the caches", args.PID);
        eviction.EvictAsync(stoppingToken).GetAwaiter().GetResult();
    }
}
