using System.Diagnostics;
using System.Net;
using WsisEvents.Web.Tests.Infrastructure;
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

        // The same catalog, seeded once.
        var catalog = await one.GetStringAsync("/api/meetings?pageSize=100");
        Assert.Equal(catalog, await two.GetStringAsync("/api/meetings?pageSize=100"));
        Assert.Contains("\"total\":32", catalog, StringComparison.Ordinal);

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
}
