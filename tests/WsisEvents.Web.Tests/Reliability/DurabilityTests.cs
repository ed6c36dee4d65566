using System.Globalization;

namespace WsisEvents.Web.Tests.Reliability;

/// <summary>An edit the site acknowledged (with its redirect) survives the process being killed with SIGKILL right
/// after, and the database file stays intact.</summary>
public sealed class DurabilityTests
{
    [Fact]
    public async Task KillingTheProcessDuringAStreamOfSaves_LosesNoAcknowledgedSave_OnSqlite()
    {
        using var database = TestDatabase.CreateSqlite();
        var acknowledged = await SaveUntilKilledAsync(database);

        await using var connection = database.CreateConnection();
        await connection.OpenAsync();
        await using (var check = connection.CreateCommand())
        {
            check.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", (string?)await check.ExecuteScalarAsync());
        }

        await AssertAllStoredAsync(database, acknowledged);
    }

    [PostgresFact]
    public async Task KillingTheProcessDuringAStreamOfSaves_LosesNoAcknowledgedSave_OnPostgres()
    {
        using var database = TestDatabase.CreatePostgres();
        var acknowledged = await SaveUntilKilledAsync(database);

        await AssertAllStoredAsync(database, acknowledged);
    }

    /// <summary>Starts the site on <paramref name="database"/>, saves new meetings through the admin form one after
    /// another, and kills the process with SIGKILL once 25 saves were acknowledged (a redirect), while the next save
    /// is on its way. Returns the titles of the acknowledged saves.</summary>
    private static async Task<List<string>> SaveUntilKilledAsync(TestDatabase database)
    {
        var acknowledged = new List<string>();
        var environment = database.Environment;

        environment["Admin__Email"] = AdminCatalogFactory.AdminEmail;
        environment["Admin__Password"] = AdminCatalogFactory.AdminPassword;
        environment["Serilog__MinimumLevel__Default"] = "Warning";
        await using (var app = AppProcess.Start(environment, "--urls", "http://127.0.0.1:0"))
        {
            var cookies = new CookieContainer();
            using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
            using var client = new HttpClient(handler) { BaseAddress = new Uri(await app.ListeningAsync(TimeSpan.FromMinutes(1))) };
            Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync(AdminCatalogFactory.AdminEmail, AdminCatalogFactory.AdminPassword)).StatusCode);
            var template = await client.GetFormAsync("/admin/meetings/create");
            var category = (await client.GetDocumentAsync("/admin/meetings/create")).QuerySelector("#CategoryId option[value]:not([value=''])")!.GetAttribute("value")!;

            using var stop = new CancellationTokenSource();
            var saving = Task.Run(async () =>
            {
                for (var i = 1; !stop.IsCancellationRequested; i++)
                {
                    var title = $"Durable meeting {i.ToString(CultureInfo.InvariantCulture)}";
                    var form = new Forms.FormPost(template.Action, [.. template.Fields]);
                    form.Set("Title", title).Set("Start", "2010-01-01").Set("End", "").Set("CategoryId", category).Set("Description", new string('d', 2_000));
                    try
                    {
                        using var response = await client.PostFormAsync(form);
                        if (response.StatusCode == HttpStatusCode.Redirect)
                        {
                            lock (acknowledged)
                            {
                                acknowledged.Add(title);
                            }
                        }
                    }
                    catch (HttpRequestException)
                    {
                        return;
                    }
                }
            });

            while (true)
            {
                lock (acknowledged)
                {
                    if (acknowledged.Count >= 25)
                    {
                        break;
                    }
                }

                await Task.Delay(10);
            }

            app.Kill();
            await stop.CancelAsync();
            await saving;
        }

        Assert.True(acknowledged.Count >= 25);
        return acknowledged;
    }

    private static async Task AssertAllStoredAsync(TestDatabase database, List<string> acknowledged)
    {
        await using var db = database.CreateContext();
        var stored = (await db.Meetings.Where(m => m.Title.StartsWith("Durable meeting ")).Select(m => m.Title).ToListAsync())
            .ToHashSet(StringComparer.Ordinal);

        Assert.All(acknowledged, title => Assert.Contains(title, stored));
    }

    [Fact]
    public async Task EveryConnectionOfTheSite_WritesAheadAndSyncsEachCommit()
    {
        await using var factory = new CatalogFactory(WsisEvents.Web.Data.DatabaseProvider.Sqlite);
        factory.CreateClient().Dispose();

        var (journal, synchronous) = await factory.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode";
            var mode = (string?)await command.ExecuteScalarAsync();
            command.CommandText = "PRAGMA synchronous";
            var sync = (long?)await command.ExecuteScalarAsync();
            return (mode, sync);
        });

        Assert.Equal("wal", journal);
        Assert.Equal(2L, synchronous);
    }
}
