using Microsoft.Data.Sqlite;

namespace WsisEvents.Web.Cli;

/// <summary><c>backup FILE</c>: a consistent copy of the SQLite database while the site runs, with SQLite's online
/// backup (page by page, under a read lock, so concurrent edits either are in the copy whole or not at all), checked
/// with <c>PRAGMA integrity_check</c> before it is called done.</summary>
public static class BackupCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var force = args.Contains("--force", StringComparer.Ordinal);
        var files = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (files.Count != 1 || string.IsNullOrWhiteSpace(files[0]) || args.Any(a => a.StartsWith("--", StringComparison.Ordinal) && a != "--force"))
        {
            await stderr.WriteLineAsync("Usage: backup FILE [--force]");
            return ImportCommand.ExitUsage;
        }

        var db = services.GetRequiredService<WsisDbContext>();
        if (db.Database.GetDbConnection() is not SqliteConnection source)
        {
            await stderr.WriteLineAsync("The backup command copies a SQLite database; for PostgreSQL use pg_dump (see the README).");
            return ImportCommand.ExitUsage;
        }

        if (!await CommandLine.IsDatabaseReadyAsync(db, cancellationToken))
        {
            await stderr.WriteLineAsync($"There is no catalog database at {source.DataSource} to back up.");
            return 1;
        }

        var target = Path.GetFullPath(files[0]);
        if (File.Exists(target) && !force)
        {
            await stderr.WriteLineAsync($"{target} exists already; give --force to replace it.");
            return 1;
        }

        var temporary = target + ".partial";
        File.Delete(temporary);
        await stderr.WriteLineAsync($"Copying {source.DataSource} to {target} …");
        await source.OpenAsync(cancellationToken);
        await using (var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temporary, Pooling = false }.ToString()))
        {
            await destination.OpenAsync(cancellationToken);
            source.BackupDatabase(destination);
            await using var check = destination.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            var result = (string?)await check.ExecuteScalarAsync(cancellationToken);
            if (result != "ok")
            {
                await stderr.WriteLineAsync($"The copy failed its integrity check ({result}); it was not kept.");
                File.Delete(temporary);
                return 1;
            }
        }

        File.Move(temporary, target, overwrite: true);
        await stdout.WriteLineAsync($"Backed up the catalog to {target} ({new FileInfo(target).Length / 1024.0:N0} KiB); integrity check ok.");
        return 0;
    }
}
