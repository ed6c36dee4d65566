using System.Data;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using WsisEvents.Web.Infrastructure;
using WsisEvents.Web.Seeding;

namespace WsisEvents.Web.Cli;

/// <summary><c>generate-sample --meetings N [--seed S]</c>: fills the configured database (migrated and seeded first)
/// with N synthetic meetings from <see cref="SampleMeetings"/>, to measure the site at the size of a full catalog.
/// A database that already holds generated meetings is refused rather than topped up, so that a seed always
/// describes the whole sample; generate into a fresh database file instead.</summary>
public static class GenerateSampleCommand
{
    public const int ExitAlreadyGenerated = 4;
    public const int MaxMeetings = 2_000_000;
    private const string Usage = "Usage: generate-sample --meetings N [--seed S] (N from 1 to 2,000,000; S defaults to 1)";

    public static Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) =>
        RunAsync(services, args, stdout, stderr, BatchSize, cancellationToken);

    /// <summary>With batches of <paramref name="batchSize"/> meetings (the tests' interruptions use small ones).</summary>
    internal static async Task<int> RunAsync(
        IServiceProvider services, IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, int batchSize, CancellationToken cancellationToken)
    {
        if (!TryParse(args, out var count, out var seed, out var problem))
        {
            await stderr.WriteLineAsync(problem + " " + Usage);
            return ImportCommand.ExitUsage;
        }

        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        var db = services.GetRequiredService<WsisDbContext>();
        var existing = await db.Meetings.CountAsync(m => m.SourceDocument == SampleMeetings.SourceDocument, cancellationToken);
        if (existing > 0)
        {
            await stderr.WriteLineAsync(
                $"The database already holds {existing:N0} generated meetings; nothing was added. Generate into a new database "
                + "instead (a new SQLite file: ConnectionStrings__Default=\"Data Source=/tmp/sample.db\"; or a new PostgreSQL database).");
            return ExitAlreadyGenerated;
        }

        var generator = await CreateGeneratorAsync(db, seed, cancellationToken);
        var clock = services.GetRequiredService<TimeProvider>();
        var stopwatch = Stopwatch.StartNew();
        var links = await InsertAsync(db, generator, count, batchSize, clock.GetUtcNow().UtcDateTime, stderr, stopwatch, cancellationToken);
        await MeetingTextSearch.OptimizeAsync(db, cancellationToken);

        // The rows went in around EF Core, so its save interceptor did not see them: a site in this process (the
        // tests host one) must not go on serving pages from before them.
        await services.GetRequiredService<CacheEviction>().EvictAsync(cancellationToken);
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Generated {count:N0} meetings (seed {seed}) with {links.Organizers:N0} organizer and {links.Themes:N0} Action Line links in {stopwatch.Elapsed.TotalSeconds:0.0} s."));
        return ImportCommand.ExitOk;
    }

    private static bool TryParse(IReadOnlyList<string> args, out int count, out int seed, out string problem)
    {
        (count, seed, problem) = (0, 1, "");
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--meetings" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxMeetings:
                    count = n;
                    break;
                case "--seed" when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s):
                    seed = s;
                    break;
                case "--meetings" or "--seed":
                    problem = $"{args[i]} needs a number.";
                    return false;
                default:
                    problem = $"Unknown argument {args[i]}.";
                    return false;
            }
        }

        problem = count == 0 ? "--meetings is required." : "";
        return count > 0;
    }

    /// <summary>A generator over the seeded directory: the organizations that organized most seed meetings come
    /// first (so the most prominent bodies stay the most frequent organizers), and the Summit's own category is
    /// left to the Summit.</summary>
    private static async Task<SampleMeetings> CreateGeneratorAsync(WsisDbContext db, int seed, CancellationToken cancellationToken)
    {
        var themeIds = await db.Themes.OrderBy(t => t.SortOrder).Select(t => t.Id).ToListAsync(cancellationToken);
        var categoryIds = await db.Categories
            .Where(c => c.Name != DatabaseSeeder.SummitCategoryName)
            .OrderByDescending(c => c.Meetings.Count).ThenBy(c => c.Id)
            .Select(c => c.Id).ToListAsync(cancellationToken);
        var organizers = (await db.Organizations
                .OrderByDescending(o => o.OrganizedMeetings.Count).ThenBy(o => o.Id)
                .Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken))
            .Select(o => (o.Id, o.Name)).ToList();
        var slugs = await db.Meetings.Select(m => m.Slug).ToListAsync(cancellationToken);
        return new SampleMeetings(seed, themeIds, categoryIds, organizers, slugs);
    }

    /// <summary>Meetings per transaction. One transaction for the whole sample made SQLite slower with every row: the
    /// write-ahead log cannot be checkpointed before the commit, and finding a page's newest frame in it walks one
    /// hash table per 4,096 frames, so at 300,000 meetings (900 MB of log) each insert cost ten times what it cost
    /// at the start. Committed in batches, the log is folded into the database after each one and stays small.</summary>
    private const int BatchSize = 10_000;

    /// <summary>Three prepared statements, reused for every row (EF Core would track each entity and read each
    /// generated key back), in transactions of <paramref name="batchSize"/> meetings. Interrupted or failed, the meetings
    /// generated so far are deleted again, so the sample is all or nothing. The same SQL on both providers (quoted
    /// names, @parameters).</summary>
    private static async Task<(int Organizers, int Themes)> InsertAsync(
        WsisDbContext db, SampleMeetings generator, int count, int batchSize, DateTime now, TextWriter stderr, Stopwatch stopwatch, CancellationToken cancellationToken)
    {
        var postgres = db.Database.IsNpgsql();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        var firstId = (await db.Meetings.MaxAsync(m => (int?)m.Id, cancellationToken) ?? 0) + 1;
        var committed = false;
        try
        {
            await using var meeting = await PrepareAsync(connection,
                "INSERT INTO \"Meetings\" (\"Id\", \"Version\", \"Title\", \"Slug\", \"StartDate\", \"EndDate\", \"DatePrecision\", \"City\", "
                + "\"Country\", \"IsOnline\", \"CategoryId\", \"Description\", \"SourceDocument\", \"SourceLine\", \"CreatedAt\", \"UpdatedAt\") "
                + "VALUES (@id, 0, @title, @slug, @start, @end, @precision, @city, @country, @online, @category, @description, @document, @line, @now, @now)",
                cancellationToken,
                ("@id", typeof(int)), ("@title", typeof(string)), ("@slug", typeof(string)), ("@start", typeof(DateOnly)), ("@end", typeof(DateOnly)),
                ("@precision", typeof(string)), ("@city", typeof(string)), ("@country", typeof(string)), ("@online", typeof(bool)),
                ("@category", typeof(int)), ("@description", typeof(string)), ("@document", typeof(string)), ("@line", typeof(int)), ("@now", typeof(DateTime)));
            await using var organizer = await PrepareAsync(connection,
                "INSERT INTO \"MeetingOrganizers\" (\"MeetingId\", \"OrganizationId\", \"Position\") VALUES (@meeting, @organization, @position)",
                cancellationToken, ("@meeting", typeof(int)), ("@organization", typeof(int)), ("@position", typeof(int)));
            await using var theme = await PrepareAsync(connection,
                "INSERT INTO \"MeetingThemes\" (\"MeetingId\", \"ThemeId\") VALUES (@meeting, @theme)",
                cancellationToken, ("@meeting", typeof(int)), ("@theme", typeof(int)));

            // One meeting in three has a French title, so that the French list reads translations as a translated
            // catalog's would (bench/RESULTS.md); the title is the English one after a French word, enough to tell.
            await using var translation = await PrepareAsync(connection,
                "INSERT INTO \"MeetingTranslations\" (\"MeetingId\", \"Language\", \"Title\") VALUES (@meeting, 'fr', @title)",
                cancellationToken, ("@meeting", typeof(int)), ("@title", typeof(string)));

            var (organizerLinks, themeLinks) = (0, 0);
            var reportEvery = Math.Max(1, count / 20);
            for (var batchStart = 0; batchStart < count; batchStart += batchSize)
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                (meeting.Transaction, organizer.Transaction, theme.Transaction, translation.Transaction) = (transaction, transaction, transaction, transaction);
                if (!postgres)
                {
                    // Organizers go in before their meeting (below); SQLite then checks foreign keys at commit.
                    await ExecuteAsync(connection, transaction, "PRAGMA defer_foreign_keys = ON", cancellationToken);
                }

                for (var i = batchStart; i < Math.Min(count, batchStart + batchSize); i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var sample = generator.Next();
                    var id = firstId + i;

                    // On SQLite, organizers before their meeting, so that the search index's trigger on Meetings finds
                    // them and indexes the meeting once, instead of once more per organizer. PostgreSQL checks foreign
                    // keys at once, so there the meeting comes first and each organizer updates its search row.
                    if (!postgres)
                    {
                        await InsertOrganizersAsync(organizer, id, sample.OrganizerIds, cancellationToken);
                    }

                    await RunAsync(meeting, cancellationToken, id, sample.Title, sample.Slug, sample.StartDate, sample.EndDate, sample.DatePrecision.ToString(),
                        sample.City, sample.Country, sample.IsOnline, sample.CategoryId, sample.Description, SampleMeetings.SourceDocument, i + 1, now);
                    if (postgres)
                    {
                        await InsertOrganizersAsync(organizer, id, sample.OrganizerIds, cancellationToken);
                    }

                    foreach (var themeId in sample.ThemeIds)
                    {
                        await RunAsync(theme, cancellationToken, id, themeId);
                    }

                    if (id % 3 == 0)
                    {
                        await RunAsync(translation, cancellationToken, id, "Réunion : " + sample.Title);
                    }

                    organizerLinks += sample.OrganizerIds.Count;
                    themeLinks += sample.ThemeIds.Count;
                    if ((i + 1) % reportEvery == 0 || i + 1 == count)
                    {
                        await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                            $"{i + 1,10:N0} / {count:N0} meetings ({100.0 * (i + 1) / count,3:0}%), {(i + 1) / stopwatch.Elapsed.TotalSeconds:N0}/s"));
                    }
                }

                if (postgres)
                {
                    // The ids were given, so the identity column's sequence has to be moved past them.
                    await ExecuteAsync(connection, transaction,
                        "SELECT setval(pg_get_serial_sequence('\"Meetings\"', 'Id'), (SELECT max(\"Id\") FROM \"Meetings\"))", cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
            }

            committed = true;
            return (organizerLinks, themeLinks);
        }
        finally
        {
            if (!committed)
            {
                await RemoveGeneratedAsync(connection, firstId, stderr);
            }

            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>After an interruption or a failure: the batches already committed are deleted (their links and
    /// search rows with them), whatever the cancellation says, so that the database is as it was.</summary>
    private static async Task RemoveGeneratedAsync(DbConnection connection, int firstId, TextWriter stderr)
    {
        await stderr.WriteLineAsync("Interrupted: removing the meetings generated so far …");
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(CancellationToken.None);
            await ExecuteAsync(connection, transaction, string.Create(CultureInfo.InvariantCulture,
                $"DELETE FROM \"Meetings\" WHERE \"Id\" >= {firstId} AND \"SourceDocument\" = '{SampleMeetings.SourceDocument}'"), CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
        }
        catch (DbException ex)
        {
            // The error that interrupted the run goes on up; this one only says what is left behind.
            await stderr.WriteLineAsync($"They could not be removed ({ex.Message}): generate into a new database instead.");
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task InsertOrganizersAsync(DbCommand organizer, int meetingId, IReadOnlyList<int> organizerIds, CancellationToken cancellationToken)
    {
        for (var position = 0; position < organizerIds.Count; position++)
        {
            await RunAsync(organizer, cancellationToken, meetingId, organizerIds[position], position);
        }
    }

    /// <summary>A prepared statement. Each parameter's type is set, and a first value of it, which Npgsql needs to
    /// prepare (and to send a null as the prepared type).</summary>
    private static async Task<DbCommand> PrepareAsync(
        DbConnection connection, string sql, CancellationToken cancellationToken, params (string Name, Type Type)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, type) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.DbType = type == typeof(string) ? DbType.String : type == typeof(DateOnly) ? DbType.Date
                : type == typeof(DateTime) ? DbType.DateTime : type == typeof(bool) ? DbType.Boolean : DbType.Int32;
            parameter.Value = type == typeof(string) ? "" : type == typeof(DateOnly) ? DateOnly.MinValue
                : type == typeof(DateTime) ? DateTime.UnixEpoch : type == typeof(bool) ? false : 0;
            command.Parameters.Add(parameter);
        }

        await command.PrepareAsync(cancellationToken);
        return command;
    }

    private static async Task RunAsync(DbCommand command, CancellationToken cancellationToken, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
