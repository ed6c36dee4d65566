using Microsoft.Data.Sqlite;

namespace WsisEvents.Web.Tests.Reliability;

/// <summary>A database the site cannot use stops it at start with a clear message and a non-zero exit, instead of
/// a site that half works.</summary>
public sealed class StartupFailureTests : IAsyncLifetime
{
    private readonly string _folder = TempFolder.Create();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        TempFolder.Delete(_folder);
        return Task.CompletedTask;
    }

    private async Task<(int Exit, string Output)> StartAsync(string connectionString, string provider = "Sqlite", params (string Name, string Value)[] settings)
    {
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = provider,
            ["ConnectionStrings__Default"] = connectionString,
            ["DataProtection__KeysDirectory"] = Path.Combine(_folder, "keys"),
        };
        foreach (var (name, value) in settings)
        {
            environment[name] = value;
        }

        await using var app = AppProcess.Start(environment, "--urls", "http://127.0.0.1:0");
        var exit = await app.ExitCodeAsync(TimeSpan.FromMinutes(1));
        return (exit, app.Output);
    }

    [Fact]
    public async Task UnreachablePostgresServer_StopsTheSiteWithAClearMessage()
    {
        // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
        var (exit, output) = await StartAsync("Host=127.0.0.1;Port=1;Database=wsis;Username=wsis;Password=x;Timeout=5", "Postgres");

        Assert.Equal(2, exit);
        Assert.Contains("the PostgreSQL server at 127.0.0.1:1 (database wsis) cannot be reached", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Oracle", "", "Database:Provider is 'Oracle'; it must be Sqlite (the default) or Postgres.")]
    [InlineData("Postgres", "", "Database:Provider is Postgres but ConnectionStrings:Default is empty")]
    [InlineData("Postgres", "Hots=localhost", "ConnectionStrings:Default is not a valid Postgres connection string")]
    public async Task UnusableDatabaseSettings_StopTheSiteWithAClearMessage(string provider, string connectionString, string message)
    {
        var (exit, output) = await StartAsync(connectionString, provider);

        Assert.Equal(2, exit);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sitemaps__UrlsPerFile", "0", "Sitemaps:UrlsPerFile must be a number from 1 to 50000")]
    [InlineData("Sitemaps__UrlsPerFile", "50001", "Sitemaps:UrlsPerFile must be a number from 1 to 50000")]
    [InlineData("Documents__MaxUploadBytes", "0", "Documents:MaxUploadBytes must be a number of bytes above 0.")]
    public async Task SettingOutOfItsRange_StopsTheSiteWithAClearMessage(string name, string value, string message)
    {
        var (exit, output) = await StartAsync($"Data Source={Path.Combine(_folder, "site.db")}", "Sqlite", (name, value));

        Assert.Equal(2, exit);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task PostgresWithAWrongPassword_StopsTheSiteWithAClearMessage()
    {
        var server = new Npgsql.NpgsqlConnectionStringBuilder(TestDatabase.ServerConnectionString()) { Password = "not-the-password" };

        var (exit, output) = await StartAsync(server.ConnectionString, "Postgres");

        Assert.Equal(2, exit);
        Assert.Contains("refused the user name or password of ConnectionStrings:Default", output, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-password", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorruptDatabaseFile_StopsTheSiteWithAClearMessage()
    {
        var file = Path.Combine(_folder, "corrupt.db");
        await File.WriteAllBytesAsync(file, [.. Enumerable.Range(0, 8192).Select(i => (byte)(i * 31 % 251))]);

        var (exit, output) = await StartAsync($"Data Source={file}");

        Assert.NotEqual(0, exit);
        Assert.Contains("is corrupt or is not a SQLite database", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadOnlyDatabase_StopsTheSiteWithAClearMessage()
    {
        var file = Path.Combine(_folder, "catalog.db");
        await using (var app = AppProcess.Start(new Dictionary<string, string> { ["ConnectionStrings__Default"] = $"Data Source={file}", ["DataProtection__KeysDirectory"] = Path.Combine(_folder, "keys") }, "--urls", "http://127.0.0.1:0"))
        {
            await app.ListeningAsync(TimeSpan.FromMinutes(1));
        }

        SqliteConnection.ClearAllPools();
        var (exit, output) = await StartAsync($"Data Source={file};Mode=ReadOnly");

        Assert.NotEqual(0, exit);
        Assert.Contains("is read-only", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LockedDatabase_StopsTheSiteWithAClearMessage()
    {
        var file = Path.Combine(_folder, "locked.db");
        await using var holder = new SqliteConnection($"Data Source={file};Pooling=False");
        await holder.OpenAsync();
        await using (var command = holder.CreateCommand())
        {
            command.CommandText = "PRAGMA locking_mode=EXCLUSIVE; CREATE TABLE held(x); BEGIN EXCLUSIVE; INSERT INTO held VALUES (1);";
            await command.ExecuteNonQueryAsync();
        }

        var (exit, output) = await StartAsync($"Data Source={file}");

        Assert.NotEqual(0, exit);
        Assert.Contains("is locked by another process", output, StringComparison.Ordinal);
    }
}
