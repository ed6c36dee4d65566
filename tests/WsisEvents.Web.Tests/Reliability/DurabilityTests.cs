using System.Globalization;
using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WsisEvents.Web.Tests.Infrastructure;

namespace WsisEvents.Web.Tests.Reliability;

/// <summary>An edit the site acknowledged (with its redirect) survives the process being killed with SIGKILL right
/// after, and the database file stays intact.</summary>
public sealed class DurabilityTests : IAsyncLifetime
{
    private readonly string _folder = TempFolder.Create();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        TempFolder.Delete(_folder);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task KillingTheProcessDuringAStreamOfSaves_LosesNoAcknowledgedSave()
    {
        var database = Path.Combine(_folder, "catalog.db");
        var acknowledged = new List<string>();
        await using (var app = AppProcess.Start(new Dictionary<string, string>
        {
            ["ConnectionStrings__Default"] = $"Data Source={database}",
            ["DataProtection__KeysDirectory"] = Path.Combine(_folder, "keys"),
            ["Admin__Email"] = AdminCatalogFactory.AdminEmail,
            ["Admin__Password"] = AdminCatalogFactory.AdminPassword,
            ["Serilog__MinimumLevel__Default"] = "Warning",
        }, "--urls", "http://127.0.0.1:0"))
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
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using (var check = connection.CreateCommand())
        {
            check.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", (string?)await check.ExecuteScalarAsync());
        }

        var stored = new HashSet<string>(StringComparer.Ordinal);
        await using (var titles = connection.CreateCommand())
        {
            titles.CommandText = "SELECT Title FROM Meetings WHERE Title LIKE 'Durable meeting %'";
            await using var reader = await titles.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                stored.Add(reader.GetString(0));
            }
        }

        Assert.All(acknowledged, title => Assert.Contains(title, stored));
    }

    [Fact]
    public async Task EveryConnectionOfTheSite_WritesAheadAndSyncsEachCommit()
    {
        await using var factory = new CatalogFactory();
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
