using System.Text.Json;
using WsisEvents.Web.Data;
using WsisEvents.Web.Import;
using WsisEvents.Web.Seeding;

namespace WsisEvents.Web.Tests.Data;

public class SeedingTests
{
    private static async Task SeedAgainAsync(CatalogFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseSeeder>().SeedAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Seeding_ASecondTime_ChangesNothing()
    {
        await using var factory = new CatalogFactory();
        factory.CreateClient().Dispose();
        var before = await DatabaseSnapshot.TakeAsync(factory.Database);

        await SeedAgainAsync(factory);

        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(factory.Database));
        Assert.Contains(before, row => row.StartsWith("Meetings: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Restart_OnAnExistingDatabase_ChangesNothing()
    {
        await using var first = new CatalogFactory();
        first.CreateClient().Dispose();
        var before = await DatabaseSnapshot.TakeAsync(first.Database);

        await using (var restarted = new CatalogFactory(first.Database))
        {
            using var client = restarted.CreateClient();
            Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        }

        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(first.Database));
    }

    [Fact]
    public async Task Seeding_AfterEditorsChangedAndDeletedEntries_PutsNothingBack()
    {
        await using var factory = new CatalogFactory();
        factory.CreateClient().Dispose();
        await factory.WithDbAsync(async db =>
        {
            var spam = await db.Meetings.SingleAsync(m => m.Slug == "wsis-thematic-meeting-on-countering-spam-2004");
            spam.Title = "Countering Spam (corrected by an editor)";
            db.Meetings.Remove(await db.Meetings.SingleAsync(m => m.Slug == "asia-media-summit-2005"));
            db.Affiliations.Remove(await db.Affiliations.SingleAsync(a => a.TargetOrganization!.Slug == "gaid"));
            return await db.SaveChangesAsync();
        });

        await SeedAgainAsync(factory);

        await factory.WithDbAsync(async db =>
        {
            Assert.Equal("Countering Spam (corrected by an editor)", (await db.Meetings.SingleAsync(m => m.Slug == "wsis-thematic-meeting-on-countering-spam-2004")).Title);
            Assert.False(await db.Meetings.AnyAsync(m => m.Title == "WSIS Thematic Meeting on Countering Spam"));
            Assert.False(await db.Meetings.AnyAsync(m => m.Title == "Asia Media Summit"));
            Assert.False(await db.Affiliations.AnyAsync(a => a.TargetOrganization!.Slug == "gaid"));
            Assert.Equal(SeedData.Meetings - 1, await db.Meetings.CountAsync());
            return 0;
        });
    }

    /// <summary>A database seeded from an earlier theme-translations.json gets the file's corrected names where it still
    /// has the earlier wording, and keeps an editor's.</summary>
    [Fact]
    public async Task ADatabaseSeededWithAnEarlierWordingOfAnActionLinesName_GetsTheCorrection_ButKeepsAnEditorsName()
    {
        await using var factory = new CatalogFactory();
        factory.CreateClient().Dispose();
        var file = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(SeedData.Folder, SeedFiles.ThemeTranslations))).RootElement.GetProperty("themes")
            .EnumerateArray().Where(t => t.TryGetProperty("replaces", out _))
            .ToDictionary(t => t.GetProperty("code").GetString()!, t => (Name: t.GetProperty("names").GetProperty("fr").GetString()!, Earlier: t.GetProperty("replaces").GetProperty("fr")[0].GetString()!));
        Assert.True(file.Count >= 2, "the file corrects at least two French names");
        var (corrected, kept) = (file.Keys.Order(StringComparer.Ordinal).First(), file.Keys.Order(StringComparer.Ordinal).Last());
        await factory.WithDbAsync(async db =>
        {
            Assert.Equal(file[corrected].Name, await FrenchNameAsync(db, corrected));
            (await db.ThemeTranslations.SingleAsync(t => t.Theme!.Code == corrected && t.Language == "fr")).Name = file[corrected].Earlier;
            (await db.ThemeTranslations.SingleAsync(t => t.Theme!.Code == kept && t.Language == "fr")).Name = "Nom choisi par un rédacteur";
            db.DataSeeds.Remove(await db.DataSeeds.SingleAsync(s => s.Id == "theme-translations:corrections-2026-12"));
            return await db.SaveChangesAsync();
        });

        await SeedAgainAsync(factory);

        await factory.WithDbAsync(async db =>
        {
            Assert.Equal(file[corrected].Name, await FrenchNameAsync(db, corrected));
            Assert.Equal("Nom choisi par un rédacteur", await FrenchNameAsync(db, kept));
            Assert.True(await db.DataSeeds.AnyAsync(s => s.Id == "theme-translations:corrections-2026-12"));
            return 0;
        });
    }

    private static Task<string?> FrenchNameAsync(WsisDbContext db, string code) =>
        db.ThemeTranslations.Where(t => t.Theme!.Code == code && t.Language == "fr").Select(t => t.Name).SingleAsync();

    [Fact]
    public async Task TwoProcessesSeedingANewDatabaseAtOnce_SeedItOnce()
    {
        using var database = TestDatabase.Create();
        await using (var setup = database.CreateContext())
        {
            await setup.Database.MigrateAsync();
        }

        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            await using var db = database.CreateContext();
            await NewSeeder(db).SeedAsync(CancellationToken.None);
        })));

        await using var check = database.CreateContext();
        Assert.Equal(SeedData.Meetings, await check.Meetings.CountAsync());
        Assert.Equal(SeedData.ActionLines, await check.Themes.CountAsync());
        Assert.Equal(SeedData.Steps, await check.DataSeeds.CountAsync());
        Assert.Equal(SeedData.OutcomeDocuments, await check.OutcomeDocuments.CountAsync());
    }

    [Fact]
    public async Task AnOutcomeCitingASentenceNotOnItsLine_StopsTheSeed_AndStoresNoOutcome()
    {
        var folder = TempFolder.Create();
        try
        {
            foreach (var file in Directory.GetFiles(SeedData.Folder))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            var outcomes = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, SeedFiles.MeetingOutcomes)))!.AsArray();
            var first = outcomes[0]!.AsObject();
            first["source"] = "A sentence that no source text holds.";
            await File.WriteAllTextAsync(Path.Combine(folder, SeedFiles.MeetingOutcomes), outcomes.ToJsonString());
            using var database = TestDatabase.Create();
            await using (var setup = database.CreateContext())
            {
                await setup.Database.MigrateAsync();
            }

            await using var db = database.CreateContext();
            var failure = await Assert.ThrowsAsync<InvalidDataException>(() => NewSeeder(db, folder).SeedAsync(CancellationToken.None));

            Assert.Contains($"\"{first["title"]}\" cites a sentence that is not on line {first["line"]}", failure.Message, StringComparison.Ordinal);
            await using var check = database.CreateContext();
            Assert.Equal(0, await check.OutcomeDocuments.CountAsync());
        }
        finally
        {
            TempFolder.Delete(folder);
        }
    }

    private static DatabaseSeeder NewSeeder(WsisDbContext db, string? folder = null)
    {
        var data = new DataDirectory(folder ?? SeedData.Folder);
        var corrections = PlaceCorrections.Load(Path.Combine(data.Path, SeedFiles.PlaceCorrections));
        return new DatabaseSeeder(db, data, corrections, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<DatabaseSeeder>.Instance);
    }

    [Fact]
    public async Task ThemeMapping_EveryEntryGivesItsMeetingExactlyItsActionLines()
    {
        await using var factory = new CatalogFactory();
        factory.CreateClient().Dispose();
        var mapping = JsonSerializer.Deserialize<List<SeedFiles.MeetingThemesRecord>>(
            await File.ReadAllTextAsync(Path.Combine(SeedData.Folder, SeedFiles.MeetingThemes)), JsonOptions.Data)!;

        var meetings = await factory.WithDbAsync(db => db.Meetings
            .Select(m => new { m.Title, m.StartDate, Codes = m.Themes.Select(t => t.Theme!.Code).ToList() })
            .ToListAsync());

        Assert.Equal(meetings.Count, mapping.Count);
        foreach (var entry in mapping)
        {
            var meeting = Assert.Single(meetings, m => m.StartDate == entry.Start && MeetingImporter.TitleKey(m.Title) == MeetingImporter.TitleKey(entry.Title));
            Assert.Equal(entry.Themes.Order(), meeting.Codes.Order());
        }
    }

    [Fact]
    public async Task SummitEvents_RestOnSentencesOfTheirSourceTexts()
    {
        var events = JsonSerializer.Deserialize<List<SeedFiles.SummitEventRecord>>(
            await File.ReadAllTextAsync(Path.Combine(SeedData.Folder, SeedFiles.SummitEvents)), JsonOptions.Data)!;

        Assert.Equal(3, events.Count);
        foreach (var e in events)
        {
            var source = await File.ReadAllTextAsync(Path.Combine(SeedData.Folder, e.SourceDocument!));
            Assert.Contains(e.Source!, source, StringComparison.Ordinal);
        }
    }
}
