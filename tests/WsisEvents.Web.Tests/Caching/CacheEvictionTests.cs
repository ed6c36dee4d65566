using Microsoft.AspNetCore.Hosting;
using WsisEvents.Web.Data;

namespace WsisEvents.Web.Tests.Caching;

/// <summary>Whatever changes the catalog empties the caches before anyone can read the old pages again; signed-in
/// editors never get cached or compressed pages.</summary>
public sealed class CacheEvictionTests : SeededCatalog<CacheEvictionTests.QuickPollAdminFactory>
{
    private const string Slug = "wsis-thematic-meeting-on-countering-spam-2004";

    [Fact]
    public async Task AnEditorsSave_IsVisibleOnTheNextRequestDespiteTheCache()
    {
        const string NewTitle = "Regional Workshop on Unsolicited Electronic Mail";
        foreach (var url in AffectedByTheTitle)
        {
            Assert.DoesNotContain(NewTitle, await GetTextAsync(url), StringComparison.Ordinal);
        }

        using var admin = await Factory.AdminAsync();
        var id = await Factory.WithDbAsync(db => db.Meetings.Where(m => m.Slug == Slug).Select(m => m.Id).SingleAsync());
        var form = await admin.GetFormAsync($"/admin/meetings/{id}/edit");
        using var saved = await admin.PostFormAsync(form.Set("Title", NewTitle));
        saved.AssertRedirectsTo("/admin/meetings");

        foreach (var url in AffectedByTheTitle)
        {
            Assert.Contains(NewTitle, await GetTextAsync(url), StringComparison.Ordinal);
        }

        // The text search follows too: its index is kept by the database's triggers.
        Assert.Contains(NewTitle, await GetTextAsync("/meetings?q=unsolicited"), StringComparison.Ordinal);
    }

    private static readonly string[] AffectedByTheTitle =
        ["/meetings", $"/meetings/{Slug}", "/api/meetings?year=2004", $"/api/meetings/{Slug}", "/meetings.atom", "/organizations/itu"];

    [Fact]
    public async Task AChangeSavedBehindTheSitesBack_IsVisibleOnTheNextRequest()
    {
        await GetTextAsync($"/meetings/{Slug}");

        await Factory.WithDbAsync(async db =>
        {
            var organization = await db.Organizations.SingleAsync(o => o.Slug == "itu");
            organization.Name = "International Telecommunication Union (renamed)";
            return await db.SaveChangesAsync();
        });

        Assert.Contains("International Telecommunication Union (renamed)", await GetTextAsync($"/meetings/{Slug}"), StringComparison.Ordinal);
        Assert.Contains($"/meetings/{Slug}", await GetTextAsync("/meetings?q=renamed"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChangeInsideATransaction_IsEvictedWhenItCommitsNotBefore()
    {
        const string NewTitle = "Committed Title";
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WsisDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        (await db.Meetings.SingleAsync(m => m.Slug == Slug)).Title = NewTitle;
        await db.SaveChangesAsync();

        // Read and cached while the change is not committed: the old title.
        Assert.DoesNotContain(NewTitle, await GetTextAsync($"/api/meetings/{Slug}"), StringComparison.Ordinal);
        await transaction.CommitAsync();

        Assert.Contains(NewTitle, await GetTextAsync($"/api/meetings/{Slug}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWriteByAnotherProcess_IsSeenAtTheNextPollOrNotification()
    {
        await GetTextAsync($"/meetings/{Slug}");

        // As the import command would, beside the running site: another connection, no EF Core, no interceptor.
        // SQLite's site notices at its next poll of data_version; PostgreSQL's hears the change's notification.
        await using (var connection = Factory.Database.CreateConnection())
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE \"Meetings\" SET \"Title\" = 'Written by another process' WHERE \"Slug\" = @slug";
            var slug = command.CreateParameter();
            slug.ParameterName = "@slug";
            slug.Value = Slug;
            command.Parameters.Add(slug);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        // The poll runs every second here; give it ample time on a busy machine.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!(await GetTextAsync($"/meetings/{Slug}")).Contains("Written by another process", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, "The external write was never seen.");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task SignedInEditors_GetTheirOwnPagesNotTheCachedOnes()
    {
        var anonymous = await GetTextAsync("/meetings");
        Assert.DoesNotContain("Sign out", anonymous, StringComparison.Ordinal);

        using var admin = await Factory.AdminAsync();
        using var response = await admin.GetAsync("/meetings");
        var signedIn = await response.Content.ReadAsStringAsync();

        Assert.Contains("Sign out", signedIn, StringComparison.Ordinal);
        Assert.DoesNotContain("Sign out", await GetTextAsync("/meetings"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/meetings")]
    [InlineData("/admin/meetings")]
    public async Task PagesForSignedInEditors_AreNotCompressed(string url)
    {
        using var admin = await Factory.AdminAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");

        using var response = await admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    private async Task<string> GetTextAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>An administrator, and a poll for writes by other processes every second.</summary>
    public sealed class QuickPollAdminFactory : AdminCatalogFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("OutputCache:ExternalWritePollSeconds", "1");
        }
    }
}
