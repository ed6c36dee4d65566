using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WsisEvents.Web.Import;
using WsisEvents.Web.Infrastructure;

namespace WsisEvents.Web.Cli;

/// <summary><c>import FILE [--dry-run]</c>: reads a page in the format of the seed page and imports it into the
/// configured database. With --dry-run nothing is written; the meetings are printed to standard output as a JSON
/// array in the API's shape, each with an <c>uncertain</c> list of what the parser was unsure of, and skipped
/// lines, warnings and those uncertainties go to standard error.</summary>
public static class ImportCommand
{
    public const int ExitOk = 0;
    public const int ExitUsage = 2;
    public const int ExitUnreadableFile = 3;

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var dryRun = args.Contains("--dry-run", StringComparer.Ordinal);
        var unknown = args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a != "--dry-run").ToList();
        var files = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (files.Count != 1 || unknown.Count > 0 || string.IsNullOrWhiteSpace(files[0]))
        {
            await stderr.WriteLineAsync(unknown.Count > 0
                ? $"Unknown option {unknown[0]}. Usage: import FILE [--dry-run]"
                : "Usage: import FILE [--dry-run] (exactly one file)");
            return ExitUsage;
        }

        var text = await ReadFileAsync(files[0], stderr, cancellationToken);
        if (text is null)
        {
            return ExitUnreadableFile;
        }

        var documentName = Path.GetFileName(files[0]);
        var importer = services.GetRequiredService<MeetingImporter>();
        if (dryRun)
        {
            // A dry run changes nothing, not even by creating the database: against a database that is not set up
            // yet, it reads into a scratch copy in memory, seeded as a new site would be.
            await using var scratch = await CommandLine.IsDatabaseReadyAsync(services.GetRequiredService<WsisDbContext>(), cancellationToken)
                ? null
                : await ScratchCatalog.CreateAsync(services, cancellationToken);
            importer = scratch?.Importer ?? importer;
            var page = (await importer.CreateParserAsync(cancellationToken)).Parse(text, documentName);
            var preview = await importer.PreviewAsync(page, cancellationToken);
            await stdout.WriteLineAsync(PreviewJson(preview));
            await ReportAsync(page.Skipped, page.Warnings, stderr);
            foreach (var item in preview.Where(p => p.Notes.Count > 0))
            {
                await stderr.WriteLineAsync($"uncertain line {item.Meeting.Source.Line}, {Shorten(item.Meeting.Title)} ({item.Meeting.StartDate}): {string.Join("; ", item.Notes)}");
            }

            await stderr.WriteLineAsync($"Dry run: {page.Meetings.Count} meeting(s) read with {page.Meetings.Sum(m => m.Documents.Count)} document(s), "
                + $"{page.Skipped.Count} line(s) skipped, {page.Warnings.Count} warning(s); nothing written.");
            return ExitOk;
        }

        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        await stderr.WriteLineAsync($"Reading {files[0]} …");
        var parsed = (await importer.CreateParserAsync(cancellationToken)).Parse(text, documentName);
        await stderr.WriteLineAsync($"Importing {parsed.Meetings.Count} meeting(s) …");
        var result = await importer.ImportAsync(parsed, cancellationToken);
        await ReportAsync(result.Skipped, result.Warnings, stderr);
        await stdout.WriteLineAsync(
            $"Imported {documentName}: {result.Created} created, {result.Updated} updated, {result.Unchanged} unchanged; "
            + $"{result.OrganizationsCreated.Count} organization(s) and {result.CategoriesCreated.Count} category(ies) created; "
            + $"{result.DocumentsCreated} document(s) added and {result.DocumentsUpdated} updated; "
            + $"{result.RelationsAdded} related-meeting link(s) added; {result.Skipped.Count} line(s) skipped, {result.Warnings.Count} warning(s).");
        foreach (var name in result.OrganizationsCreated)
        {
            await stdout.WriteLineAsync($"  new organization: {name}");
        }

        foreach (var name in result.CategoriesCreated)
        {
            await stdout.WriteLineAsync($"  new category: {name}");
        }

        return ExitOk;
    }

    private static string PreviewJson(IReadOnlyList<ImportPreview> preview)
    {
        var items = new JsonArray();
        foreach (var item in preview)
        {
            var meeting = JsonSerializer.SerializeToNode(item.Meeting, JsonOptions.Output)!.AsObject();
            meeting.Add("uncertain", JsonSerializer.SerializeToNode(item.Notes, JsonOptions.Output));
            items.Add(meeting);
        }

        return items.ToJsonString(JsonOptions.Output);
    }

    private static async Task<string?> ReadFileAsync(string path, TextWriter stderr, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            await stderr.WriteLineAsync($"Cannot import: the file '{path}' does not exist.");
        }
        catch (DecoderFallbackException)
        {
            await stderr.WriteLineAsync($"Cannot import: the file '{path}' is not UTF-8 text.");
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            await stderr.WriteLineAsync($"Cannot import: '{path}' is not a usable file path.");
        }
        catch (UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"Cannot import: the file '{path}' cannot be read (permission denied, or it is a folder).");
        }
        catch (IOException ex)
        {
            await stderr.WriteLineAsync($"Cannot import: the file '{path}' cannot be read: {ex.Message}");
        }

        return null;
    }

    private static async Task ReportAsync(IEnumerable<SourceNote> skipped, IEnumerable<SourceNote> warnings, TextWriter stderr)
    {
        foreach (var note in skipped)
        {
            await stderr.WriteLineAsync($"skipped line {note.Line}: {note.Reason}: {Shorten(note.Text)}");
        }

        foreach (var note in warnings)
        {
            await stderr.WriteLineAsync($"warning line {note.Line}: {note.Reason}: {Shorten(note.Text)}");
        }
    }

    private static string Shorten(string text) => text.Length <= 100 ? text : text[..97] + "…";
}
