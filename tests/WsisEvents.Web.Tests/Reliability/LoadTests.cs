using System.Collections.Concurrent;
using System.Globalization;
using Xunit.Abstractions;

namespace WsisEvents.Web.Tests.Reliability;

/// <summary>64 clients read public pages for a minute (LOAD_TEST_SECONDS) while an editor saves a meeting every
/// second: no 5xx, no failed request, no error in the site's log. Counts and codes are asserted, never times. On the
/// suite's provider (SQLite, or PostgreSQL when the suite runs on it). Left out of a plain <c>dotnet test</c> by the
/// project's runsettings (Category!=Load); .ci/run runs it.</summary>
[Trait("Category", "Load")]
public sealed class LoadTests(ITestOutputHelper output) : IDisposable
{
    private const int Clients = 64;

    private static readonly string[] Pages =
    [
        "/", "/meetings", "/meetings?theme=c5-confidence-and-security&year=2005", "/meetings?q=geneva", "/meetings/asia-media-summit-2005",
        "/api/meetings?year=2004", "/organizations/isoc", "/themes", "/meetings.ics?year=2005", "/meetings.atom",
    ];

    private readonly TestDatabase _database = TestDatabase.Create();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task SixtyFourClientsAndAnEditor_GetNoServerErrors()
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("LOAD_TEST_SECONDS"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 60;
        var environment = _database.Environment;

        environment["Admin__Email"] = AdminCatalogFactory.AdminEmail;
        environment["Admin__Password"] = AdminCatalogFactory.AdminPassword;
        environment["RateLimits__SearchPerMinute"] = "1000000";
        environment["Serilog__MinimumLevel__Default"] = "Warning";
        await using var app = AppProcess.Start(environment, "--urls", "http://127.0.0.1:0");
        var address = new Uri(await app.ListeningAsync(TimeSpan.FromMinutes(1)));
        using var readers = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Clients }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        using var editorHandler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var editor = new HttpClient(editorHandler) { BaseAddress = address };
        Assert.Equal(HttpStatusCode.Redirect, (await editor.LoginAsync(AdminCatalogFactory.AdminEmail, AdminCatalogFactory.AdminPassword)).StatusCode);
        var meetingId = (await editor.GetDocumentAsync("/admin/meetings?q=asia-media-summit")).QuerySelector("tbody a[href$='/edit']")!.GetAttribute("href")!;

        var statuses = new ConcurrentDictionary<int, int>();
        var failures = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var readerTasks = Enumerable.Range(0, Clients).Select(client => Task.Run(async () =>
        {
            var random = new Random(client);
            while (!stop.IsCancellationRequested)
            {
                var page = Pages[random.Next(Pages.Length)];
                try
                {
                    using var response = await readers.GetAsync(page, HttpCompletionOption.ResponseContentRead);
                    statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !stop.IsCancellationRequested)
                {
                    failures.Add($"{page}: {ex.Message}");
                }
                catch (TaskCanceledException)
                {
                    return;
                }
            }
        })).ToList();

        var saves = 0;
        var savedOk = 0;
        while (!stop.IsCancellationRequested)
        {
            var form = await editor.GetFormAsync(meetingId);
            using var saved = await editor.PostFormAsync(form.Set("Title", $"Asia Media Summit (edit {++saves})"));
            savedOk += saved.StatusCode == HttpStatusCode.Redirect ? 1 : 0;
            await Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None);
        }

        await Task.WhenAll(readerTasks);

        Assert.Empty(failures);
        Assert.DoesNotContain(statuses.Keys, code => code >= 500);
        Assert.True(statuses.Values.Sum() > Clients, $"only {statuses.Values.Sum()} requests were answered");
        output.WriteLine($"{statuses.Values.Sum()} requests in {seconds} s by {Clients} clients ({string.Join(", ", statuses.OrderBy(p => p.Key).Select(p => $"{p.Value} × {p.Key}"))}); {savedOk} of {saves} saves acknowledged");
        Assert.Equal(saves, savedOk);
        Assert.DoesNotContain(" ERR]", app.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(" FTL]", app.Output, StringComparison.Ordinal);
    }
}
