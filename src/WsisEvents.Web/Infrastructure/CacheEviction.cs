using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using WsisEvents.Web.Catalog;

namespace WsisEvents.Web.Infrastructure;

/// <summary>The one place where a change to the catalog reaches the caches: the output cache (every public page,
/// feed and API response is tagged <see cref="Tag"/>) and <see cref="CatalogCache"/>. Everything is evicted, not
/// only the pages that show the changed entry: pages cross-reference each other (a meeting's page lists related
/// meetings by title, every list shows organizers' names), so a finer eviction would need a dependency graph to be
/// right, while editors' saves are rare and a page costs one query to rebuild.
/// <para>Three ways in: <see cref="SaveInterceptor"/> after every committed SaveChanges that touched a catalog
/// entity (admin saves, imports, restores, seeding); for writes by another process (the import and generate-sample
/// commands run beside the site, another instance) or around EF Core (ExecuteUpdate, raw SQL), on SQLite
/// <see cref="ExternalWriteWatcher"/>, within <c>OutputCache:ExternalWritePollSeconds</c>, and on PostgreSQL
/// <see cref="PostgresChangeListener"/>, as soon as the server notifies the commit; and a generation number, which stops a response rendered from
/// data read before an eviction from being stored after it.</para></summary>
public sealed class CacheEviction(CatalogCache catalogCache, IOutputCacheStore outputCache)
{
    public const string Tag = "catalog";

    private long _generation;
    private Func<CancellationToken, Task>? _beforeEviction;

    /// <summary>Grows with every eviction.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public async Task EvictAsync(CancellationToken cancellationToken)
    {
        if (_beforeEviction is { } before)
        {
            await before(cancellationToken);
        }

        Interlocked.Increment(ref _generation);
        catalogCache.Clear();
        await outputCache.EvictByTagAsync(Tag, cancellationToken);
    }

    /// <summary>The entities whose change alters what public pages show. Accounts, the change history and the
    /// record of seed steps are not among them.</summary>
    public static bool IsCatalogEntity(object entity) => entity is Meeting or MeetingOrganizer or MeetingTheme or MeetingRelation
        or Organization or OrganizationAlias or Affiliation or Category or Theme
        or MeetingTranslation or OrganizationTranslation or AffiliationTranslation or CategoryTranslation or ThemeTranslation;

    /// <summary>Evicts after a SaveChanges that added, changed or deleted a catalog entity, once its data is
    /// committed: at once without an explicit transaction, else when the transaction commits (the importer and the
    /// seeder save several times in one), so that no request can refill a cache from data about to change.</summary>
    public sealed class SaveInterceptor(CacheEviction eviction) : ISaveChangesInterceptor, IDbTransactionInterceptor
    {
        private static readonly object Pending = new();

        /// <summary>The contexts holding saved but uncommitted catalog changes. Weak, since pooled contexts live on.</summary>
        private readonly ConditionalWeakTable<DbContext, object> _pending = [];

        public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
        {
            Note(eventData.Context);
            return result;
        }

        public ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Note(eventData.Context);
            return ValueTask.FromResult(result);
        }

        public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
        {
            EvictIfCommittedAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
            return result;
        }

        public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            await EvictIfCommittedAsync(eventData.Context, cancellationToken);
            return result;
        }

        public void SaveChangesFailed(DbContextErrorEventData eventData) => ForgetIfNoTransaction(eventData.Context);

        public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
        {
            ForgetIfNoTransaction(eventData.Context);
            return Task.CompletedTask;
        }

        public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
        {
            if (eventData.Context is { } context && _pending.Remove(context))
            {
                eviction.EvictAsync(CancellationToken.None).GetAwaiter().GetResult();
            }
        }

        public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            if (eventData.Context is { } context && _pending.Remove(context))
            {
                await eviction.EvictAsync(cancellationToken);
            }
        }

        public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

        public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Forget(eventData.Context);
            return Task.CompletedTask;
        }

        private void Note(DbContext? context)
        {
            if (context is not null && context.ChangeTracker.Entries().Any(e =>
                    e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && IsCatalogEntity(e.Entity)))
            {
                _pending.AddOrUpdate(context, Pending);
            }
        }

        private async Task EvictIfCommittedAsync(DbContext? context, CancellationToken cancellationToken)
        {
            if (context is not null && context.Database.CurrentTransaction is null && _pending.Remove(context))
            {
                await eviction.EvictAsync(cancellationToken);
            }
        }

        private void ForgetIfNoTransaction(DbContext? context)
        {
            if (context?.Database.CurrentTransaction is null)
            {
                Forget(context);
            }
        }

        private void Forget(DbContext? context)
        {
            if (context is not null)
            {
                _pending.Remove(context);
            }
        }
    }

    /// <summary>Notices commits by anything but this process's own catalog saves, with SQLite's
    /// <c>PRAGMA data_version</c>, which changes on a connection when another connection has committed. An eviction
    /// by <see cref="SaveInterceptor"/> first takes the version as seen, so the site's own saves are not evicted a
    /// second time; whatever commits after that read shows at the next poll. A database other than a SQLite file is
    /// not watched.</summary>
    public sealed class ExternalWriteWatcher(
        string connectionString, TimeSpan interval, CacheEviction eviction, ILogger<ExternalWriteWatcher> logger) : BackgroundService
    {
        private readonly SemaphoreSlim _lock = new(1, 1);
        private SqliteConnection? _connection;
        private long? _seen;

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            var builder = new SqliteConnectionStringBuilder(connectionString);
            if (interval <= TimeSpan.Zero || builder.DataSource is "" or ":memory:" || builder.Mode == SqliteOpenMode.Memory)
            {
                return;
            }

            // Read-only, so that a poll can never create or lock the database.
            builder.Mode = SqliteOpenMode.ReadOnly;
            _connection = new SqliteConnection(builder.ToString());
            eviction._beforeEviction = TakeVersionAsSeenAsync;
            using var timer = new PeriodicTimer(interval);
            try
            {
                // Before the site answers its first request, so that nothing it caches predates the first version seen.
                await ReadVersionAsync(stoppingToken);
                while (await timer.WaitForNextTickAsync(stoppingToken))
                {
                    var previous = _seen;
                    if (await ReadVersionAsync(stoppingToken) is { } version && previous is not null && version != previous)
                    {
                        logger.LogInformation("The database was changed outside this site's saves; evicting the caches");
                        await eviction.EvictAsync(stoppingToken);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // Stopping.
            }
            finally
            {
                eviction._beforeEviction = null;
                await _connection.DisposeAsync();
            }
        }

        public override void Dispose()
        {
            _lock.Dispose();
            base.Dispose();
        }

        private async Task TakeVersionAsSeenAsync(CancellationToken cancellationToken) => await ReadVersionAsync(cancellationToken);

        /// <summary>Reads the version and remembers it as seen; null when the database cannot be read now.</summary>
        private async Task<long?> ReadVersionAsync(CancellationToken cancellationToken)
        {
            await _lock.WaitAsync(cancellationToken);
            try
            {
                if (_connection!.State != System.Data.ConnectionState.Open)
                {
                    await _connection.OpenAsync(cancellationToken);
                }

                await using var command = _connection.CreateCommand();
                command.CommandText = "PRAGMA data_version";
                _seen = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
                return _seen;
            }
            catch (SqliteException ex)
            {
                logger.LogDebug(ex, "Cannot read the database's version now; trying again at the next poll");
                await _connection!.CloseAsync();
                return null;
            }
            finally
            {
                _lock.Release();
            }
        }
    }
}
