using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using WsisEvents.Web.Cli;

namespace WsisEvents.Web.Tests.Reliability;

public sealed class OperationsTests : SeededCatalog
{
    private readonly string _folder = TempFolder.Create();
    private CatalogFactory? _sqlite;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_sqlite is not null)
        {
            await _sqlite.DisposeAsync();
        }

        TempFolder.Delete(_folder);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/health/ready")]
    public async Task HealthEndpoints_AreHealthyOnceTheDatabaseIsReady(string url)
    {
        using var client = Factory.CreateClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readiness_FailsWhenTheDatabaseLacksAMigration_WhileLivenessStaysUp()
    {
        using var client = Factory.CreateClient();
        await Factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = (SELECT max(\"MigrationId\") FROM \"__EFMigrationsHistory\")"));

        using var ready = await client.GetAsync("/health/ready");
        using var live = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task AnErrorOnTheServer_ShowsAPageWithTheRequestIdAndNoInternals_AndEveryLogLineOfTheRequestCarriesIt()
    {
        // A real process, configured as an operator would from the environment: JSON lines to a file.
        var logFile = Path.Combine(_folder, "log.json");
        var database = Path.Combine(_folder, "catalog.db");
        await using var app = AppProcess.Start(new Dictionary<string, string>
        {
            ["ConnectionStrings__Default"] = $"Data Source={database}",
            ["DataProtection__KeysDirectory"] = Path.Combine(_folder, "keys"),
            ["Serilog__WriteTo__File__Name"] = "File",
            ["Serilog__WriteTo__File__Args__path"] = logFile,
            ["Serilog__WriteTo__File__Args__formatter"] = "Serilog.Formatting.Json.JsonFormatter, Serilog",
        }, "--urls", "http://127.0.0.1:0");
        using var client = new HttpClient { BaseAddress = new Uri(await app.ListeningAsync(TimeSpan.FromMinutes(1))) };
        await using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE MeetingRelations";
            await drop.ExecuteNonQueryAsync();
        }

        using var page = await client.GetAsync("/meetings/measuring-the-information-society-2005");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        Assert.Contains("Something went wrong on our side", html, StringComparison.Ordinal);
        Assert.DoesNotContain("SqliteException", html, StringComparison.Ordinal);
        Assert.DoesNotContain("MeetingRelations", html, StringComparison.Ordinal);
        var requestId = (await Html.ParseAsync(html)).QuerySelector("main code")!.TextContent;
        var lines = (await ReadSharedAsync(logFile)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var ofRequest = lines.Where(l => l.TryGetProperty("Properties", out var p) && p.TryGetProperty("RequestId", out var id) && id.GetString() == requestId).ToList();
        Assert.Contains(ofRequest, l => l.GetProperty("Level").GetString() == "Error" && l.GetProperty("MessageTemplate").GetString()!.StartsWith("HTTP ", StringComparison.Ordinal));
        Assert.Contains(ofRequest, l => l.TryGetProperty("Exception", out _));
        Assert.All(lines.Where(l => l.TryGetProperty("Exception", out _)), l => Assert.Contains(l, ofRequest));
    }

    private static async Task<List<string>> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return [.. (await reader.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }

    [Fact]
    public async Task ApiError_IsProblemDetailsWithTheRequestId()
    {
        await using var app = Factory.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        using var client = app.CreateClient();
        (await client.GetAsync("/health")).Dispose();
        await Factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DROP TABLE \"MeetingThemes\""));

        using var response = await client.GetAsync("/api/themes");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(string.IsNullOrEmpty(JsonDocument.Parse(body).RootElement.GetProperty("requestId").GetString()));
        Assert.DoesNotContain("Sqlite", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Npgsql", body, StringComparison.Ordinal);
        Assert.DoesNotContain("MeetingThemes", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_WritesAConsistentCopyThatOpensWithTheWholeCatalog()
    {
        var target = Path.Combine(_folder, "backup.db");

        var (exit, stdout, _) = await BackupAsync(target);

        Assert.Equal(0, exit);
        Assert.Contains("integrity check ok", stdout, StringComparison.Ordinal);
        await using var copy = new SqliteConnection($"Data Source={target};Mode=ReadOnly;Pooling=False");
        await copy.OpenAsync();
        await using var count = copy.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM Meetings";
        Assert.Equal(32L, (long)(await count.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task Backup_DoesNotOverwriteWithoutForce()
    {
        var target = Path.Combine(_folder, "existing.db");
        await File.WriteAllTextAsync(target, "keep me");

        var (refused, _, stderr) = await BackupAsync(target);
        var (forced, _, _) = await BackupAsync(target, "--force");

        Assert.Equal(1, refused);
        Assert.Contains("--force", stderr, StringComparison.Ordinal);
        Assert.Equal(0, forced);
        Assert.NotEqual("keep me", await File.ReadAllTextAsync(target));
    }

    [PostgresFact]
    public async Task Backup_OnPostgres_SaysToUsePgDump()
    {
        await using var postgres = new CatalogFactory(WsisEvents.Web.Data.DatabaseProvider.Postgres);
        await using var scope = postgres.Services.CreateAsyncScope();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await BackupCommand.RunAsync(scope.ServiceProvider, [Path.Combine(_folder, "backup.db")], stdout, stderr, CancellationToken.None);

        Assert.NotEqual(0, exit);
        Assert.Contains("pg_dump", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "backup.db")));
    }

    /// <summary>The backup command copies a SQLite file, so these run on SQLite whatever the suite runs on.</summary>
    private async Task<(int Exit, string Out, string Err)> BackupAsync(params string[] args)
    {
        _sqlite ??= new CatalogFactory(WsisEvents.Web.Data.DatabaseProvider.Sqlite);
        await using var scope = _sqlite.Services.CreateAsyncScope();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await BackupCommand.RunAsync(scope.ServiceProvider, args, stdout, stderr, CancellationToken.None);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
