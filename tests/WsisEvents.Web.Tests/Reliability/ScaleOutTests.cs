using System.Diagnostics;
using WsisEvents.Web.Data;
using WsisEvents.Web.Infrastructure;
using Xunit.Abstractions;

namespace WsisEvents.Web.Tests.Reliability;

/// <summary>Two instances of the site (two real processes on two ports) on one PostgreSQL database, as behind a load
/// balancer: started at the same moment on a new database, they migrate, seed and make the key ring once; they serve
/// the same catalog; a sign-in on one is valid on the other and a form from one is accepted by the other (the Data
/// Protection keys are in the database); and a save through either evicts the other's cached pages (LISTEN/NOTIFY).</summary>
public sealed class ScaleOutTests(ITestOutputHelper output)
{
    private const string Slug = "asia-media-summit-2005";

    [PostgresFact]
    public async Task TwoInstancesOnOneDatabase_ShareTheCatalogSignInsFormsAndEdits()
    {
        using var database = TestDatabase.CreatePostgres();
        var environment = database.Environment;
        environment["Admin__Email"] = AdminCatalogFactory.AdminEmail;
        environment["Admin__Password"] = AdminCatalogFactory.AdminPassword;
        environment["Serilog__MinimumLevel__Default"] = "Warning";

        // Both at once, on a database that has no tables yet.
        await using var first = AppProcess.Start(environment, "--urls", "http://127.0.0.1:0");
        await using var second = AppProcess.Start(environment, "--urls", "http://127.0.0.1:0");
        var cookies = new CookieContainer();
        using var firstHandler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var secondHandler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var one = new HttpClient(firstHandler) { BaseAddress = new Uri(await first.ListeningAsync(TimeSpan.FromMinutes(1))) };
        using var two = new HttpClient(secondHandler) { BaseAddress = new Uri(await second.ListeningAsync(TimeSpan.FromMinutes(1))) };
        Assert.NotEqual(one.BaseAddress, two.BaseAddress);

        // The same catalog, seeded once, with one administrator and one Data Protection key (each instance would
        // have made its own without the locks).
        var catalog = await one.GetStringAsync("/api/meetings?pageSize=100");
        Assert.Equal(catalog, await two.GetStringAsync("/api/meetings?pageSize=100"));
        Assert.Contains($"\"total\":{SeedData.Meetings}", catalog, StringComparison.Ordinal);
        await using (var db = database.CreateContext())
        {
            Assert.Equal(SeedData.Steps, await db.DataSeeds.CountAsync());
            Assert.Equal(SeedData.Meetings, await db.Meetings.CountAsync());
            Assert.Equal(1, await db.Users.CountAsync());
            Assert.Equal(1, await db.DataProtectionKeys.CountAsync());
        }

        // Each instance has the meeting page in its output cache.
        Assert.Contains("Asia Media Summit", await one.GetStringAsync($"/meetings/{Slug}"), StringComparison.Ordinal);
        Assert.Contains("Asia Media Summit", await two.GetStringAsync($"/meetings/{Slug}"), StringComparison.Ordinal);

        // Signed in on the first, the cookie opens the admin area of the second.
        Assert.Equal(HttpStatusCode.Redirect, (await one.LoginAsync(AdminCatalogFactory.AdminEmail, AdminCatalogFactory.AdminPassword)).StatusCode);
        using (var admin = await two.GetAsync("/admin"))
        {
            Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        }

        // A form (and its antiforgery token) from the first, saved through the second.
        var edit = (await one.GetDocumentAsync($"/admin/meetings?q={Slug}")).QuerySelector("tbody a[href$='/edit']")!.GetAttribute("href")!;
        var form = await one.GetFormAsync(edit);
        using (var saved = await two.PostFormAsync(form.Set("Title", "Asia Media Summit (saved through the second instance)")))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        // The second shows it at once (its own save evicted its cache); the first as soon as PostgreSQL's notification
        // reaches it, which is a matter of milliseconds. The loop only bounds a failure: it asserts no duration.
        Assert.Contains("saved through the second instance", await two.GetStringAsync($"/meetings/{Slug}"), StringComparison.Ordinal);
        var waited = Stopwatch.StartNew();
        var stale = 0;
        while (!(await one.GetStringAsync($"/meetings/{Slug}")).Contains("saved through the second instance", StringComparison.Ordinal))
        {
            stale++;
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "the first instance never evicted the edited page: " + first.Output);
            await Task.Delay(5);
        }

        output.WriteLine($"the first instance served the edit after {waited.Elapsed.TotalMilliseconds:0} ms ({stale} stale answer(s) before)");

        // And the other way round: an edit through the first reaches the second.
        form = await two.GetFormAsync(edit);
        using (var saved = await one.PostFormAsync(form.Set("Title", "Asia Media Summit (saved through the first instance)")))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        waited.Restart();
        while (!(await two.GetStringAsync($"/meetings/{Slug}")).Contains("saved through the first instance", StringComparison.Ordinal))
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "the second instance never evicted the edited page: " + second.Output);
            await Task.Delay(5);
        }

        Assert.DoesNotContain(" ERR]", first.Output + second.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(" FTL]", first.Output + second.Output, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task AListenerWhoseConnectionIsCut_ListensAgain_AndHearsTheNextChange()
    {
        await using var factory = new CatalogFactory(DatabaseProvider.Postgres);
        using var client = factory.CreateClient();
        Assert.Contains("Asia Media Summit", await client.GetStringAsync($"/meetings/{Slug}"), StringComparison.Ordinal);

        // Cut the listening connection from the server's side, as a restart or a network failure would.
        await using (var connection = factory.Database.CreateConnection())
        {
            await connection.OpenAsync();
            await using var cut = connection.CreateCommand();
            cut.CommandText = $"SELECT count(pg_terminate_backend(pid))::int FROM pg_stat_activity "
                + $"WHERE datname = current_database() AND application_name = '{PostgresChangeListener.ListenerApplicationName}'";
            Assert.Equal(1, (int)(await cut.ExecuteScalarAsync())!);
        }

        // A change written around the site (as psql or the import command would) once the listener is back.
        await WaitForTheListenerAsync(factory.Database, "the listener did not reconnect");
        Assert.Equal(1, await ExecuteAroundTheSiteAsync(
            factory.Database, $"UPDATE \"Meetings\" SET \"Title\" = 'Asia Media Summit (after the reconnection)' WHERE \"Slug\" = '{Slug}'"));

        await WaitForAsync(client, $"/meetings/{Slug}", "after the reconnection", "the change was not heard after the reconnection");
    }

    [PostgresFact]
    public async Task AnOutcomeDocumentChangedAroundTheSite_LeavesNoStalePageInItsCache()
    {
        await using var factory = new CatalogFactory(DatabaseProvider.Postgres);
        using var client = factory.CreateClient();
        Assert.Contains("Vienna Declaration", await client.GetStringAsync("/documents"), StringComparison.Ordinal);
        await WaitForTheListenerAsync(factory.Database, "the listener did not start");

        // As another instance's save or psql would write it: only the notification can evict this instance's page.
        Assert.Equal(1, await ExecuteAroundTheSiteAsync(
            factory.Database, "UPDATE \"OutcomeDocuments\" SET \"Title\" = 'Vienna Declaration (renamed elsewhere)' WHERE \"Title\" = 'Vienna Declaration'"));

        await WaitForAsync(client, "/documents", "renamed elsewhere", "the documents' page stayed as it was cached");
    }

    private static async Task WaitForTheListenerAsync(TestDatabase database, string failure)
    {
        var listening = Stopwatch.StartNew();
        while (!await IsListeningAsync(database))
        {
            Assert.True(listening.Elapsed < TimeSpan.FromSeconds(30), failure);
            await Task.Delay(50);
        }
    }

    /// <summary>Runs <paramref name="sql"/> on a connection of its own, not the site's, and returns the rows it changed.</summary>
    private static async Task<int> ExecuteAroundTheSiteAsync(TestDatabase database, string sql)
    {
        await using var connection = database.CreateConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>Asks for <paramref name="url"/> until it shows <paramref name="text"/>; the bound only ends a failure,
    /// it asserts no duration.</summary>
    private static async Task WaitForAsync(HttpClient client, string url, string text, string failure)
    {
        var waited = Stopwatch.StartNew();
        while (!(await client.GetStringAsync(url)).Contains(text, StringComparison.Ordinal))
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), failure);
            await Task.Delay(20);
        }
    }

    private static async Task<bool> IsListeningAsync(TestDatabase database)
    {
        await using var connection = database.CreateConnection();
        await connection.OpenAsync();
        await using var query = connection.CreateCommand();
        query.CommandText = $"SELECT count(*)::int FROM pg_stat_activity WHERE datname = current_database() "
            + $"AND application_name = '{PostgresChangeListener.ListenerApplicationName}' AND state = 'idle' AND query LIKE 'LISTEN%'";
        return (int)(await query.ExecuteScalarAsync())! == 1;
    }
}
