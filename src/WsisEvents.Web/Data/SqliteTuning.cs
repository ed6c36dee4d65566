using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WsisEvents.Web.Data;

/// <summary>The page cache size (<c>Sqlite:CacheKilobytes</c>), which SQLite takes per connection, not in the
/// connection string, set whenever EF Core opens one. SQLite's default is 2 MB per connection; a filter over 100,000
/// meetings walks more index pages than that, and each miss is a read from the operating system. Each pooled
/// connection keeps a cache of its own, so this multiplies by the number of concurrent requests. (A memory map
/// instead would share the pages, but it counts the mapped file in the process's resident memory.)</summary>
public sealed class SqliteTuning(int cacheKilobytes) : DbConnectionInterceptor
{
    private readonly string _pragmas = string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = -{cacheKilobytes};");

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
