using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Data.Sqlite;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Data;
using WsisEvents.Web.Domain;

namespace WsisEvents.Web.Tests.Data;

/// <summary>What the migrations build beyond EF Core's model (the full-text search table, its triggers, the country
/// index), that the search behaves the same on both providers, and that every filter is answered by an index. On the
/// suite's provider; the parts about one engine's objects and plans say which.</summary>
public sealed class SearchIndexTests : SeededCatalog
{
    [Fact]
    public async Task Migrations_CreateTheSearchTableItsTriggersAndTheCountryIndex()
    {
        if (Factory.Database.IsPostgres)
        {
            await PostgresObjectsAsync();
            return;
        }

        await using var connection = new SqliteConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        var objects = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT type || ' ' || name FROM sqlite_master ORDER BY name";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                objects.Add(reader.GetString(0));
            }
        }

        Assert.Contains("table MeetingsFts", objects);
        Assert.Contains("table MeetingTranslationsFts", objects);
        Assert.Contains("index IX_Meetings_Country_NoCase", objects);
        Assert.Equal(
            ["trigger MeetingOrganizers_AfterDelete_Search", "trigger MeetingOrganizers_AfterInsert_Search", "trigger MeetingOrganizers_AfterUpdate_Search",
                "trigger MeetingTranslations_AfterDelete_Search", "trigger MeetingTranslations_AfterInsert_Search", "trigger MeetingTranslations_AfterUpdate_Search",
                "trigger Meetings_AfterDelete_Search", "trigger Meetings_AfterInsert_Search", "trigger Meetings_AfterUpdate_Search",
                "trigger Organizations_AfterRename_Search"],
            objects.Where(o => o.StartsWith("trigger ", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.All(SqliteSchema.BeyondTheModel, name => Assert.Contains(objects, o => o.EndsWith(" " + name, StringComparison.Ordinal)));
    }

    private async Task PostgresObjectsAsync()
    {
        await using var connection = Factory.Database.CreateConnection();
        await connection.OpenAsync();
        var objects = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT 'table ' || table_name FROM information_schema.tables WHERE table_schema = 'public'
                UNION ALL SELECT 'index ' || indexname FROM pg_indexes WHERE schemaname = 'public'
                UNION ALL SELECT 'trigger ' || tgname FROM pg_trigger WHERE NOT tgisinternal
                """;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                objects.Add(reader.GetString(0));
            }
        }

        Assert.Contains("table MeetingSearch", objects);
        Assert.Contains("index IX_MeetingSearch_Document", objects);
        Assert.Contains("index IX_Meetings_Country_Upper", objects);
        Assert.Equal(
            ["trigger MeetingOrganizers_AfterChange_Search", "trigger MeetingTranslations_AfterChange_Search", "trigger Meetings_AfterInsert_Search",
                "trigger Meetings_AfterUpdate_Search", "trigger Organizations_AfterRename_Search"],
            objects.Where(o => o.StartsWith("trigger ", StringComparison.Ordinal) && o.EndsWith("_Search", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal(
            WsisEvents.Web.Data.Postgres.Migrations.CreateCatalogSchema.CatalogTables.Concat(WsisEvents.Web.Data.Postgres.Migrations.AddTranslations.TranslationTables)
                .Concat(WsisEvents.Web.Data.Postgres.Migrations.AddEntryTranslations.TranslationTables)
                .Concat(WsisEvents.Web.Data.Postgres.Migrations.NotifyDocumentChanges.DocumentTables)
                .Select(t => $"trigger {t}_Notify").Order(StringComparer.Ordinal),
            objects.Where(o => o.StartsWith("trigger ", StringComparison.Ordinal) && o.EndsWith("_Notify", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TheIndex_HoldsEverySeededMeeting()
    {
        var (meetings, indexed) = await Factory.WithDbAsync(async db => (
            await db.Meetings.CountAsync(),
            Factory.Database.IsPostgres
                ? await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM \"MeetingSearch\"").SingleAsync()
                : await db.Database.SqlQuery<int>($"SELECT count(*) AS Value FROM MeetingsFts").SingleAsync()));

        Assert.Equal(meetings, indexed);
    }

    [Theory]
    [InlineData("sao", "São Paulo")]
    [InlineData("SAO PAULO", "São Paulo")]
    [InlineData("spam", "countering spam")]
    [InlineData("SPAM", "countering spam")]
    [InlineData("Diplo", "DiploFoundation")]
    [InlineData("kobe", "Kobe")]
    [InlineData("unesco", "organizer's acronym")]
    public async Task Search_IgnoresCaseAndAccentsAndTakesTheLastWordAsAPrefix(string text, string why)
    {
        var matches = await MatchingSlugsAsync(text);

        Assert.True(matches.Count > 0, $"'{text}' should find {why}");
    }

    [Fact]
    public async Task AnInsertedMeeting_IsFoundAndADeletedOneIsNot()
    {
        var id = await Factory.WithDbAsync(async db =>
        {
            var meeting = new Meeting
            {
                Title = "Quokka Symposium",
                Slug = "quokka-symposium-2006",
                StartDate = new DateOnly(2006, 3, 1),
                EndDate = new DateOnly(2006, 3, 1),
                CategoryId = await db.Categories.Select(c => c.Id).FirstAsync(),
                Description = "Held in Perth.",
            };
            meeting.Organizers.Add(new MeetingOrganizer { OrganizationId = await db.Organizations.Where(o => o.Slug == "wipo").Select(o => o.Id).SingleAsync() });
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });
        Assert.Equal(["quokka-symposium-2006"], await MatchingSlugsAsync("quokka"));
        Assert.Contains("quokka-symposium-2006", await MatchingSlugsAsync("perth"));
        Assert.Contains("quokka-symposium-2006", await MatchingSlugsAsync("World Intellectual Property"));

        await Factory.WithDbAsync(async db =>
        {
            db.Meetings.Remove(await db.Meetings.SingleAsync(m => m.Id == id));
            return await db.SaveChangesAsync();
        });

        Assert.Empty(await MatchingSlugsAsync("quokka"));
    }

    [Fact]
    public async Task AnEditedTitle_IsFoundByItsNewWordsOnly()
    {
        const string Slug = "asia-media-summit-2005";
        await EditAsync(db => db.Meetings.SingleAsync(m => m.Slug == Slug), m => m.Title = "Pacific Broadcasters Gathering");
        Assert.Equal([Slug], await MatchingSlugsAsync("broadcasters gathering"));

        await EditAsync(db => db.Meetings.SingleAsync(m => m.Slug == Slug), m => m.Title = "Quokka Conference");

        Assert.Empty(await MatchingSlugsAsync("broadcasters gathering"));
        Assert.Equal([Slug], await MatchingSlugsAsync("quokka conference"));
    }

    [Fact]
    public async Task OrganizersAddedRemovedAndRenamed_AreFollowed()
    {
        const string Slug = "asia-media-summit-2005";
        var (meetingId, wmoId) = await Factory.WithDbAsync(async db => (
            await db.Meetings.Where(m => m.Slug == Slug).Select(m => m.Id).SingleAsync(),
            await db.Organizations.Where(o => o.Slug == "wmo").Select(o => o.Id).SingleAsync()));
        Assert.DoesNotContain(Slug, await MatchingSlugsAsync("meteorological"));

        await Factory.WithDbAsync(async db =>
        {
            db.MeetingOrganizers.Add(new MeetingOrganizer { MeetingId = meetingId, OrganizationId = wmoId, Position = 9 });
            return await db.SaveChangesAsync();
        });
        Assert.Contains(Slug, await MatchingSlugsAsync("meteorological"));

        await EditAsync(db => db.Organizations.SingleAsync(o => o.Id == wmoId), o => o.Name = "World Weather Watchers");
        Assert.Contains(Slug, await MatchingSlugsAsync("weather watchers"));
        Assert.DoesNotContain(Slug, await MatchingSlugsAsync("meteorological"));

        await Factory.WithDbAsync(async db =>
        {
            db.MeetingOrganizers.Remove(await db.MeetingOrganizers.SingleAsync(o => o.MeetingId == meetingId && o.OrganizationId == wmoId));
            return await db.SaveChangesAsync();
        });
        Assert.DoesNotContain(Slug, await MatchingSlugsAsync("weather watchers"));
    }

    /// <summary>FTS5 has a query language; the user's text is never read in it.</summary>
    [Theory]
    [InlineData("\"")]
    [InlineData("\"\"")]
    [InlineData("spam\"")]
    [InlineData("*")]
    [InlineData("spam*")]
    [InlineData("NEAR(")]
    [InlineData("NEAR(spam internet, 2)")]
    [InlineData("-spam")]
    [InlineData("spam AND")]
    [InlineData("OR")]
    [InlineData("NOT spam")]
    [InlineData("^spam")]
    [InlineData("Title:spam")]
    [InlineData("{Title Description}:spam")]
    [InlineData("(spam")]
    [InlineData(")")]
    [InlineData("'; DROP TABLE Meetings; --")]
    [InlineData("%_\\")]
    [InlineData("+")]
    [InlineData("\u00e9\u0301")]
    public async Task SearchText_WithFtsSyntax_IsAnsweredNot500(string q)
    {
        foreach (var url in new[] { "/meetings", "/api/meetings", "/meetings.ics", "/meetings.csv", "/meetings.atom" })
        {
            using var response = await Client.GetAsync(url + "?q=" + Uri.EscapeDataString(q));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}?q={q} answered {(int)response.StatusCode}");
        }
    }

    [Theory]
    [InlineData("\"spam\"", true)]
    [InlineData("spam*", true)]
    [InlineData("NOT spam", false)]
    [InlineData("spam OR cybersecurity", false)]
    [InlineData("Title:spam", false)]
    public async Task FtsOperators_AreWordsLikeAnyOther(string q, bool findsTheSpamMeeting)
    {
        var found = (await MatchingSlugsAsync(q)).Contains("wsis-thematic-meeting-on-countering-spam-2004");

        Assert.Equal(findsTheSpamMeeting, found);
    }

    public static TheoryData<string, string> FilterPlans => new()
    {
        { "", "SCAN m USING COVERING INDEX IX_Meetings_StartDate_EndDate_Title" },
        { "year=2005", "SEARCH m USING COVERING INDEX IX_Meetings_StartDate_EndDate_Title (StartDate>? AND StartDate<?)" },
        { "from=2005-01-01&to=2005-06-30", "SEARCH m USING COVERING INDEX IX_Meetings_StartDate_EndDate_Title (StartDate>? AND StartDate<?)" },
        { "theme=c5-confidence-and-security", "USING COVERING INDEX sqlite_autoindex_MeetingThemes_1 (MeetingId=? AND ThemeId=?)" },
        { "category=wsis-thematic-meetings", "SEARCH m USING COVERING INDEX IX_Meetings_CategoryId_StartDate_EndDate_Title (CategoryId=?)" },
        { "country=SWITZERLAND", "SEARCH m USING COVERING INDEX IX_Meetings_Country_NoCase (Country=?)" },
        { "organizer=itu", "USING COVERING INDEX IX_MeetingOrganizers_OrganizationId_MeetingId (OrganizationId=?)" },
        { "q=spam", "SCAN MeetingsFts VIRTUAL TABLE INDEX" },
    };

    /// <summary>PostgreSQL's plans for the same pages, with sequential scans priced out (on 32 meetings a scan is
    /// cheaper than any index, so the planner would rightly choose it): which index can serve each filter.</summary>
    public static TheoryData<string, string> PostgresFilterPlans => new()
    {
        { "", "IX_Meetings_StartDate_EndDate_Title" },
        { "year=2005", "IX_Meetings_StartDate_EndDate_Title" },
        { "from=2005-01-01&to=2005-06-30", "IX_Meetings_StartDate_EndDate_Title" },
        { "theme=c5-confidence-and-security", "IX_MeetingThemes_ThemeId_MeetingId" },
        { "category=wsis-thematic-meetings", "IX_Meetings_CategoryId_StartDate_EndDate_Title" },
        { "country=SWITZERLAND", "IX_Meetings_Country_Upper" },
        { "organizer=itu", "IX_MeetingOrganizers_OrganizationId_MeetingId" },
        { "q=spam", "IX_MeetingSearch_Document" },
    };

    /// <summary>The filters whose count and timeline the database aggregates (the whole catalog's come from memory).</summary>
    public static TheoryData<string, string> NarrowingFilterPlans => Narrowing(FilterPlans, _ => true);

    /// <summary>The same on PostgreSQL but for the text search: on 32 meetings the planner probes the search table by
    /// key for each meeting, as for a page (see below); that the text itself is found by the GIN index is checked there.</summary>
    public static TheoryData<string, string> NarrowingPostgresFilterPlans => Narrowing(PostgresFilterPlans, query => !query.StartsWith("q=", StringComparison.Ordinal));

    /// <summary>What SQLite does for a page of each filter, read with EXPLAIN QUERY PLAN: the index named, and never
    /// a scan of the meetings table itself. (On PostgreSQL, <see cref="EveryFilter_CanBeAnsweredByAnIndex_OnPostgres"/>.)</summary>
    [Theory]
    [MemberData(nameof(FilterPlans))]
    public async Task EveryFilter_IsAnsweredByAnIndex(string query, string expected)
    {
        await using var sqlite = new CatalogFactory(DatabaseProvider.Sqlite);
        var plan = await sqlite.WithDbAsync(async db =>
        {
            var filter = await ValidFilterAsync(sqlite, db, query);
            return await ExplainAsync(db, SecondPageIds(db, filter));
        });

        Assert.True(plan.Any(line => line.Contains(expected, StringComparison.Ordinal)), string.Join(" | ", plan));
        Assert.DoesNotContain(plan, line => line is "SCAN m" or "SCAN Meetings");
    }

    /// <summary>The count and timeline of each filter (its matches grouped by month) come from the same index as its
    /// page, never from the meetings table itself.</summary>
    [Theory]
    [MemberData(nameof(NarrowingFilterPlans))]
    public async Task EveryFiltersMonthCounts_AreAnsweredByAnIndex(string query, string expected)
    {
        await using var sqlite = new CatalogFactory(DatabaseProvider.Sqlite);
        var plan = await sqlite.WithDbAsync(async db => await ExplainAsync(db, db.Filter(await ValidFilterAsync(sqlite, db, query)).MonthCounts()));

        Assert.True(plan.Any(line => line.Contains(expected, StringComparison.Ordinal)), string.Join(" | ", plan));
        Assert.DoesNotContain(plan, line => line is "SCAN m" or "SCAN Meetings");
    }

    [PostgresTheory]
    [MemberData(nameof(PostgresFilterPlans))]
    public async Task EveryFilter_CanBeAnsweredByAnIndex_OnPostgres(string query, string expected)
    {
        await using var postgres = new CatalogFactory(DatabaseProvider.Postgres);
        var plan = await postgres.WithDbAsync(async db =>
        {
            var filter = await ValidFilterAsync(postgres, db, query);
            // The search alone: on 32 meetings the planner walks the list's index and probes the search table by key
            // for each, which is right at that size; what matters is that the text itself is found by the GIN index.
            var page = filter.Text is { } text ? MeetingTextSearch.MatchingIds(db, text) : SecondPageIds(db, filter);
            return await ExplainOnPostgresAsync(db, page);
        });

        Assert.True(plan.Any(line => line.Contains(expected, StringComparison.Ordinal)), string.Join(" | ", plan));
        Assert.DoesNotContain(plan, line => line.Contains("Seq Scan on \"Meetings\"", StringComparison.Ordinal));
    }

    [PostgresTheory]
    [MemberData(nameof(NarrowingPostgresFilterPlans))]
    public async Task EveryFiltersMonthCounts_CanBeAnsweredByAnIndex_OnPostgres(string query, string expected)
    {
        await using var postgres = new CatalogFactory(DatabaseProvider.Postgres);
        var plan = await postgres.WithDbAsync(async db => await ExplainOnPostgresAsync(db, db.Filter(await ValidFilterAsync(postgres, db, query)).MonthCounts()));

        Assert.True(plan.Any(line => line.Contains(expected, StringComparison.Ordinal)), string.Join(" | ", plan));
        Assert.DoesNotContain(plan, line => line.Contains("Seq Scan on \"Meetings\"", StringComparison.Ordinal));
    }

    /// <summary>PostgreSQL's plan for <paramref name="query"/> with sequential scans priced out.</summary>
    private static async Task<List<string>> ExplainOnPostgresAsync<T>(WsisDbContext db, IQueryable<T> query)
    {
        await using var command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN " + command.CommandText;
        await db.Database.OpenConnectionAsync();
        try
        {
            await db.Database.ExecuteSqlRawAsync("SET enable_seqscan = off");
            var lines = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(0));
            }

            return lines;
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync("RESET enable_seqscan");
            await db.Database.CloseConnectionAsync();
        }
    }

    private static TheoryData<string, string> Narrowing(TheoryData<string, string> plans, Func<string, bool> keep)
    {
        var narrowing = new TheoryData<string, string>();
        foreach (var row in plans)
        {
            var (query, expected) = ((string)row[0], (string)row[1]);
            if (query.Length > 0 && keep(query))
            {
                narrowing.Add(query, expected);
            }
        }

        return narrowing;
    }

    private static QueryCollection Query(string query) => new(QueryHelpers.ParseQuery(query));

    /// <summary>The filter of a query string, as the list page and the API validate it.</summary>
    private static async Task<MeetingFilter> ValidFilterAsync(CatalogFactory factory, WsisDbContext db, string query)
    {
        var outcome = await MeetingSearchValidator.ValidateAsync(
            db, factory.Services.GetRequiredService<CatalogCache>(), MeetingSearch.FromQuery(Query(query)), CancellationToken.None);
        Assert.True(outcome.IsValid);
        return outcome.Filter;
    }

    /// <summary>The ids of the filter's second page, in list order: the query a page of the list runs.</summary>
    private static IQueryable<int> SecondPageIds(WsisDbContext db, MeetingFilter filter) =>
        db.Filter(filter).InOrder(newestFirst: false).Skip(50).Take(50).Select(m => m.Id);

    private static async Task<List<string>> ExplainAsync<T>(WsisDbContext db, IQueryable<T> query)
    {
        await using var command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var reader = await command.ExecuteReaderAsync();
            var lines = new List<string>();
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(3));
            }

            return lines;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private Task<List<string>> MatchingSlugsAsync(string text) => Factory.WithDbAsync(db =>
    {
        var ids = MeetingTextSearch.MatchingIds(db, text);
        return db.Meetings.Where(m => ids.Contains(m.Id)).OrderBy(m => m.Slug).Select(m => m.Slug).ToListAsync();
    });

    private Task<int> EditAsync<T>(Func<WsisDbContext, Task<T>> find, Action<T> edit) => Factory.WithDbAsync(async db =>
    {
        edit(await find(db));
        return await db.SaveChangesAsync();
    });
}
