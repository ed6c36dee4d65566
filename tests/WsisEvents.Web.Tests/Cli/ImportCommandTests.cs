using System.Diagnostics;
using System.Text.Json;
using WsisEvents.Web.Cli;
using WsisEvents.Web.Seeding;
using WsisEvents.Web.Domain;

namespace WsisEvents.Web.Tests.Cli;

public sealed class ImportCommandTests : SeededCatalog
{
    private const string NewPage = """
        United Nations  International Telecommunication Union


        go Outcomes of the Regional and Thematic Meetings


         WSIS Follow-up Meetings (chronological list)

        go April 2006, Geneva (Switzerland), ITU/Internet Society (ISOC) - Regional Workshop on Spam

        A workshop whose day the page does not give.

        go 10-12 May 2006, Nairobi (Kenya), Kenya ICT Board/UNECA - East African ICT Forum

        A forum of the region.

        go 31 June 2006, Nowhere, Nobody - A Day That Does Not Exist

        Copyright © WSIS 2015
        """;

    private readonly string _folder = TempFolder.Create();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        TempFolder.Delete(_folder);
    }

    private async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await ImportCommand.RunAsync(scope.ServiceProvider, args, stdout, stderr, CancellationToken.None);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private string WritePage(string text, string name = "page.txt")
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task DryRun_PrintsMeetingsAsApiJsonAndReportsSkippedLinesWithoutWriting()
    {
        var before = await DatabaseSnapshot.TakeAsync(Factory.Database);

        var (exit, stdout, stderr) = await RunAsync(WritePage(NewPage), "--dry-run");

        Assert.Equal(0, exit);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(Factory.Database));
        var items = JsonDocument.Parse(stdout).RootElement.EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        var spam = items[0];
        Assert.Equal("Regional Workshop on Spam", spam.GetProperty("title").GetString());
        Assert.Equal("2006-04-01", spam.GetProperty("startDate").GetString());
        Assert.Equal("2006-04-30", spam.GetProperty("endDate").GetString());
        Assert.Equal("month", spam.GetProperty("datePrecision").GetString());
        Assert.Equal(["itu", "isoc"], spam.GetProperty("organizers").EnumerateArray().Select(o => o.GetProperty("slug").GetString()));
        Assert.Equal("WSIS Follow-up Meetings", spam.GetProperty("category").GetProperty("name").GetString());
        Assert.Equal("/meetings/regional-workshop-on-spam-2006", spam.GetProperty("url").GetString());
        Assert.Equal(["kenya-ict-board", "uneca"], items[1].GetProperty("organizers").EnumerateArray().Select(o => o.GetProperty("slug").GetString()));
        Assert.Contains("skipped line 1: page header", stderr, StringComparison.Ordinal);
        Assert.Contains("skipped line 4: navigation line", stderr, StringComparison.Ordinal);
        Assert.Contains("skipped line 17: unreadable meeting line", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("skipped", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DryRun_SaysPerMeetingWhatWasUncertain_InTheJsonAndOnStandardError()
    {
        var (exit, stdout, stderr) = await RunAsync(WritePage("Regional Conferences\n\n• Southern: 25-30 May 2002, Gaborone (Botswana), Example Regional Office\n"), "--dry-run");

        Assert.Equal(0, exit);
        var uncertain = Assert.Single(JsonDocument.Parse(stdout).RootElement.EnumerateArray().ToList()).GetProperty("uncertain")
            .EnumerateArray().Select(n => n.GetString()).ToList();
        Assert.Contains(uncertain, n => n!.StartsWith("a bare label taken as the title", StringComparison.Ordinal));
        Assert.Contains("organizer not in the directory, to be created: Example Regional Office", uncertain);
        Assert.Contains("uncertain line 3, Southern (2002-05-25): ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DryRun_PrintsTheDocumentLinesOfEachMeeting_AsItsDocuments()
    {
        var before = await DatabaseSnapshot.TakeAsync(Factory.Database);
        var page = WritePage("Regional Conferences\n\n• Southern: 25-30 May 2002, Gaborone (Botswana), ITU\nChairman's Report [Word 97 - 120 KB] - E/F\n");

        var (exit, stdout, stderr) = await RunAsync(page, "--dry-run");

        Assert.Equal(0, exit);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(Factory.Database));
        var meeting = Assert.Single(JsonDocument.Parse(stdout).RootElement.EnumerateArray().ToList());
        Assert.True(meeting.GetProperty("hasOutcomes").GetBoolean());
        var document = Assert.Single(meeting.GetProperty("documents").EnumerateArray().ToList());
        Assert.Equal(("Chairman's Report", "chairsSummary", 4), (document.GetProperty("title").GetString(), document.GetProperty("kind").GetString(),
            document.GetProperty("source").GetProperty("line").GetInt32()));
        Assert.Equal([("en", "Word 97", 122880L), ("fr", "Word 97", 122880L)], document.GetProperty("languages").EnumerateArray()
            .Select(v => (v.GetProperty("language").GetString(), v.GetProperty("format").GetString(), v.GetProperty("size").GetInt64())));
        Assert.Contains("Dry run: 1 meeting(s) read with 1 document(s)", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_AddsMeetingsCategoryAndUnknownOrganizers_AndASecondImportChangesNothing()
    {
        var path = WritePage(NewPage);

        var (exit, stdout, _) = await RunAsync(path);
        var afterFirst = await DatabaseSnapshot.TakeAsync(Factory.Database);
        var (secondExit, secondOut, _) = await RunAsync(path);

        Assert.Equal(0, exit);
        Assert.Contains("2 created, 0 updated, 0 unchanged", stdout, StringComparison.Ordinal);
        Assert.Contains("new organization: Kenya ICT Board", stdout, StringComparison.Ordinal);
        Assert.Contains("new category: WSIS Follow-up Meetings", stdout, StringComparison.Ordinal);
        Assert.Equal(0, secondExit);
        Assert.Contains("0 created, 0 updated, 2 unchanged", secondOut, StringComparison.Ordinal);
        Assert.Equal(afterFirst, await DatabaseSnapshot.TakeAsync(Factory.Database));
        await Factory.WithDbAsync(async db =>
        {
            var meeting = await db.Meetings.Include(m => m.Organizers).ThenInclude(o => o.Organization).SingleAsync(m => m.Title == "East African ICT Forum");
            Assert.Equal("Nairobi", meeting.City);
            Assert.Equal(OrganizationKind.Other, meeting.Organizers.Single(o => o.Position == 0).Organization!.Kind);
            return 0;
        });
    }

    [Fact]
    public async Task Import_SameTitleAndStartDate_UpdatesTheMeetingInsteadOfDuplicatingIt()
    {
        await RunAsync(WritePage(NewPage));
        var changed = NewPage.Replace("A forum of the region.", "A forum of the East African region, revised.", StringComparison.Ordinal)
            .Replace("10-12 May 2006", "10-13 May 2006", StringComparison.Ordinal);

        var (exit, stdout, _) = await RunAsync(WritePage(changed));

        Assert.Equal(0, exit);
        Assert.Contains("0 created, 1 updated, 1 unchanged", stdout, StringComparison.Ordinal);
        await Factory.WithDbAsync(async db =>
        {
            var forum = await db.Meetings.SingleAsync(m => m.Title == "East African ICT Forum");
            Assert.Equal(new DateOnly(2006, 5, 13), forum.EndDate);
            Assert.Equal("A forum of the East African region, revised.", forum.Description);
            return 0;
        });
    }

    [Fact]
    public async Task Import_SeedPageAgain_FindsEveryMeetingUnchanged()
    {
        var (exit, stdout, _) = await RunAsync(Path.Combine(SeedData.Folder, SeedFiles.MeetingsPage));

        Assert.Equal(0, exit);
        Assert.Contains($"0 created, 0 updated, {SeedData.SourcePageMeetings} unchanged; 0 organization(s)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingFile_IsAClearMessageAndANonZeroExit()
    {
        var (exit, stdout, stderr) = await RunAsync(Path.Combine(_folder, "nope.txt"));

        Assert.Equal(ImportCommand.ExitUnreadableFile, exit);
        Assert.Empty(stdout);
        Assert.Contains("does not exist", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileThatIsNotUtf8_IsRefusedWithAClearMessage()
    {
        var path = Path.Combine(_folder, "latin1.txt");
        await File.WriteAllBytesAsync(path, [0x67, 0x6f, 0x20, 0xe9, 0xff, 0xfe, 0x00]);

        var (exit, _, stderr) = await RunAsync(path);

        Assert.Equal(ImportCommand.ExitUnreadableFile, exit);
        Assert.Contains("not UTF-8", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameMeetingTwiceInAPage_IsImportedOnceAndStaysSoOnReimport()
    {
        var page = WritePage("""
             Meetings

            go 6 May 2006, Rome (Italy), ITU - Same Title

            One.

            go 6 May 2006, Rome (Italy), UNESCO - Same Title

            Two.
            """);

        var (_, first, firstErr) = await RunAsync(page);
        var (_, second, _) = await RunAsync(page);

        Assert.Contains("1 created", first, StringComparison.Ordinal);
        Assert.Contains("same title and start date as the meeting of line 3", firstErr, StringComparison.Ordinal);
        Assert.Contains("0 created, 0 updated, 1 unchanged", second, StringComparison.Ordinal);
        await Factory.WithDbAsync(async db =>
        {
            var meeting = await db.Meetings.Include(m => m.Organizers).ThenInclude(o => o.Organization).SingleAsync(m => m.Title == "Same Title");
            Assert.Equal("One.", meeting.Description);
            Assert.Equal("itu", Assert.Single(meeting.Organizers).Organization!.Slug);
            return 0;
        });
    }

    [Fact]
    public async Task OrganizationNamedTwiceInALine_IsOneOrganizerAndReimportChangesNothing()
    {
        var page = WritePage(" Meetings\n\ngo 6 May 2006, Rome (Italy), ITU/International Telecommunication Union - Dup\n");

        await RunAsync(page);
        var before = await DatabaseSnapshot.TakeAsync(Factory.Database);
        var (_, second, _) = await RunAsync(page);

        Assert.Contains("0 created, 0 updated, 1 unchanged", second, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(Factory.Database));
    }

    [Theory]
    [InlineData]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a.txt", "b.txt")]
    [InlineData("a.txt", "--force")]
    public async Task WrongArguments_PrintUsageAndExit2(params string[] args)
    {
        var (exit, _, stderr) = await RunAsync(args);

        Assert.Equal(ImportCommand.ExitUsage, exit);
        Assert.Contains("import FILE [--dry-run]", stderr, StringComparison.Ordinal);
    }

    /// <summary>The command as a user runs it: the app's own executable, its configuration from the environment,
    /// against a database that does not exist yet, which a dry run must not create.</summary>
    [Fact]
    public async Task Executable_DryRunAgainstNoDatabase_PrintsJsonAndCreatesNoFile()
    {
        var database = Path.Combine(_folder, "never-created.db");
        var page = WritePage(NewPage);

        var (exit, stdout, stderr) = await RunAppAsync(database, "import", page, "--dry-run");

        Assert.True(exit == 0, stderr);
        Assert.Equal(2, JsonDocument.Parse(stdout).RootElement.GetArrayLength());
        Assert.Contains("Dry run: 2 meeting(s) read", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(database));
    }

    [Fact]
    public async Task Executable_MissingFile_ExitsNonZero()
    {
        var (exit, _, stderr) = await RunAppAsync(Path.Combine(_folder, "x.db"), "import", Path.Combine(_folder, "nope.txt"));

        Assert.Equal(ImportCommand.ExitUnreadableFile, exit);
        Assert.Contains("does not exist", stderr, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Out, string Err)> RunAppAsync(string databasePath, params string[] args)
    {
        var app = Path.Combine(AppContext.BaseDirectory, "WsisEvents.Web.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(app);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ConnectionStrings__Default"] = $"Data Source={databasePath}";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
