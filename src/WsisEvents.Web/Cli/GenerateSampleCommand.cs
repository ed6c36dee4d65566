using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WsisEvents.Web.Data;
using WsisEvents.Web.Data.Seeding;
using WsisEvents.Web.Infrastructure;

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

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
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
                $"The database already holds {existing:N0} generated meetings; nothing was added. Generate into a fresh database "
                + "file instead (ConnectionStrings__Default=\"Data Source=/tmp/sample.db\").");
            return ExitAlreadyGenerated;
        }

        var generator = await CreateGeneratorAsync(db, seed, cancellationToken);
        var clock = services.GetRequiredService<TimeProvider>();
        var stopwatch = Stopwatch.StartNew();
        var links = await InsertAsync(db, generator, count, clock.GetUtcNow().UtcDateTime, stderr, stopwatch, cancellationToken);
        await SqliteMeetingTextSearch.OptimizeAsync(db, cancellationToken);

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

    /// <summary>One transaction and three prepared statements, reused for every row (EF Core would track each
    /// entity and read each generated key back), and all or nothing if interrupted.</summary>
    private static async Task<(int Organizers, int Themes)> InsertAsync(
        WsisDbContext db, SampleMeetings generator, int count, DateTime now, TextWriter stderr, Stopwatch stopwatch, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            using (var defer = connection.CreateCommand())
            {
                defer.Transaction = transaction;
                defer.CommandText = "PRAGMA defer_foreign_keys = ON";
                defer.ExecuteNonQuery();
            }

            var nextId = (await db.Meetings.MaxAsync(m => (int?)m.Id, cancellationToken) ?? 0) + 1;

            using var meeting = Prepare(connection, transaction,
                "INSERT INTO Meetings (Id, Version, Title, Slug, StartDate, EndDate, DatePrecision, City, Country, IsOnline, CategoryId, "
                + "Description, SourceDocument, SourceLine, CreatedAt, UpdatedAt) VALUES ($id, 0, $title, $slug, $start, $end, $precision, "
                + "$city, $country, $online, $category, $description, $document, $line, $now, $now)",
                "$id", "$title", "$slug", "$start", "$end", "$precision", "$city", "$country", "$online", "$category", "$description", "$document", "$line", "$now");
            using var organizer = Prepare(connection, transaction,
                "INSERT INTO MeetingOrganizers (MeetingId, OrganizationId, Position) VALUES ($meeting, $organization, $position)",
                "$meeting", "$organization", "$position");
            using var theme = Prepare(connection, transaction,
                "INSERT INTO MeetingThemes (MeetingId, ThemeId) VALUES ($meeting, $theme)", "$meeting", "$theme");

            var (organizerLinks, themeLinks) = (0, 0);
            var reportEvery = Math.Max(1, count / 20);
            for (var i = 0; i < count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var sample = generator.Next();
                var id = nextId + i;

                // Organizers before their meeting, so that the search index's trigger on Meetings finds them and
                // indexes the meeting once, instead of once more per organizer; foreign keys are checked at commit.
                for (var position = 0; position < sample.OrganizerIds.Count; position++)
                {
                    Run(organizer, id, sample.OrganizerIds[position], position);
                }

                Run(meeting, id, sample.Title, sample.Slug, sample.StartDate, sample.EndDate, sample.DatePrecision.ToString(),
                    sample.City, sample.Country, sample.IsOnline, sample.CategoryId, sample.Description, SampleMeetings.SourceDocument, i + 1, now);
                foreach (var themeId in sample.ThemeIds)
                {
                    Run(theme, id, themeId);
                }

                organizerLinks += sample.OrganizerIds.Count;
                themeLinks += sample.ThemeIds.Count;
                if ((i + 1) % reportEvery == 0 || i + 1 == count)
                {
                    await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"{i + 1,10:N0} / {count:N0} meetings ({100.0 * (i + 1) / count,3:0}%), {(i + 1) / stopwatch.Elapsed.TotalSeconds:N0}/s"));
                }
            }

            await stderr.WriteLineAsync("Committing …");
            await transaction.CommitAsync(cancellationToken);
            return (organizerLinks, themeLinks);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }
}
