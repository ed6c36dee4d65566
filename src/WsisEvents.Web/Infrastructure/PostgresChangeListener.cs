using Npgsql;

namespace WsisEvents.Web.Infrastructure;

/// <summary>Several instances of the site on one PostgreSQL database: each evicts its caches when any of them (or an
/// import command, or a hand-written UPDATE) commits a change to the catalog. Statement-level triggers on every
/// catalog table (migration Data/Postgres/Migrations/…_CreateCatalogSchema) call <c>pg_notify</c> on
/// <see cref="Channel"/>; PostgreSQL delivers the notification to every listening connection when, and only if, the
/// transaction commits, once per transaction. This service keeps one connection listening; if it is lost, it
/// reconnects and evicts, since changes may have been missed in between (a warning in the log says so).</summary>
public sealed class PostgresChangeListener(string connectionString, CacheEviction eviction, ILogger<PostgresChangeListener> logger) : BackgroundService
{
    public const string Channel = "wsis_catalog_changed";

    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    /// <summary>The application name of the listening connection, which tells it apart in <c>pg_stat_activity</c>.</summary>
    public const string ListenerApplicationName = "WsisEvents listener";

    private int _notified;
    private NpgsqlConnection? _listening;

    /// <summary>Listens before the server takes its first request (hosted services start in order, after the
    /// database initializer, and the server only once all have started), so that nothing is cached before this
    /// instance can hear about a change. If that fails, the loop keeps trying, and evicts once it listens.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            _listening = await ListenAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("Cannot listen for other instances' changes yet ({Reason}); trying again in {Seconds} s", ex.Message, RetryDelay.TotalSeconds);
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var missedSomething = _listening is null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (_listening is null)
                {
                    await Task.Delay(RetryDelay, stoppingToken);
                    _listening = await ListenAsync(stoppingToken);
                }

                if (missedSomething)
                {
                    logger.LogInformation("Listening for catalog changes again; evicting the caches in case one was missed");
                    await eviction.EvictAsync(stoppingToken);
                    missedSomething = false;
                }

                while (!stoppingToken.IsCancellationRequested)
                {
                    // Returns once a notification has been read; the handler only notes it, and the eviction runs here.
                    await _listening.WaitAsync(stoppingToken);
                    if (Interlocked.Exchange(ref _notified, 0) == 1)
                    {
                        await eviction.EvictAsync(stoppingToken);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // Whatever went wrong (the server restarted, the connection was cut, an eviction failed), the site goes
                // on serving and this loop starts again; until it listens again, changes may be missed.
                missedSomething = true;
                logger.LogWarning("Not listening for other instances' changes ({Reason}); trying again in {Seconds} s",
                    ex.Message, RetryDelay.TotalSeconds);
                if (_listening is not null)
                {
                    await _listening.DisposeAsync();
                    _listening = null;
                }
            }
        }

        if (_listening is not null)
        {
            await _listening.DisposeAsync();
            _listening = null;
        }
    }

    private async Task<NpgsqlConnection> ListenAsync(CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            ApplicationName = ListenerApplicationName,
            // Not from the pool: this connection stays open, and the server's idle timeouts should not apply to it.
            Pooling = false,
            KeepAlive = 30,
        };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            connection.Notification += OnNotification;
            await connection.OpenAsync(cancellationToken);
            await using var listen = new NpgsqlCommand($"LISTEN {Channel}", connection);
            await listen.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private void OnNotification(object sender, NpgsqlNotificationEventArgs args)
    {
        if (args.Channel == Channel)
        {
            Interlocked.Exchange(ref _notified, 1);
        }
    }
}
