using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace WsisEvents.Web.Tests.Admin;

/// <summary>The Data Protection key ring, which signs the sign-in cookie and the forms' tokens, lives in the site's
/// database on both providers.</summary>
public class KeyRingTests
{
    private static HttpClient Client(AdminCatalogFactory factory, CookieContainer cookies) =>
        factory.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));

    private static string ContentRoot(AdminCatalogFactory factory) => factory.Services.GetRequiredService<IWebHostEnvironment>().ContentRootPath;

    [Fact]
    public async Task SitesFromTheSameFolder_OnDifferentDatabases_DoNotAcceptEachOthersSignIn()
    {
        await using var first = new AdminCatalogFactory();
        await using var second = new AdminCatalogFactory();
        var cookies = new CookieContainer();
        using var onFirst = Client(first, cookies);
        (await onFirst.LoginAsync(AdminCatalogFactory.AdminEmail, AdminCatalogFactory.AdminPassword)).AssertRedirectsTo("/admin");
        using var onSecond = Client(second, cookies);

        using var accepted = await onFirst.GetAsync("/admin");
        using var refused = await onSecond.GetAsync("/admin");

        Assert.Equal(ContentRoot(first), ContentRoot(second));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        refused.AssertRedirectsTo("/account/login");
    }

    [Fact]
    public async Task AKeyStoredBeforeTheLibraryKeptTheRing_StillOpensTheCookiesItSigned()
    {
        // The site used to store each key as one row of the key's XML, its friendly name beside it. A cookie signed
        // with such a key (here made in files, then copied into the table as that code wrote it) must still open.
        using var database = TestDatabase.Create();
        var keys = TempFolder.Create();
        var cookies = new CookieContainer();
        try
        {
            await using (var before = new AdminCatalogFactory(database))
            await using (var inFiles = before.WithWebHostBuilder(b => b.UseSetting("DataProtection:KeysDirectory", keys)))
            {
                using var client = inFiles.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));
                (await client.LoginAsync(AdminCatalogFactory.AdminEmail, AdminCatalogFactory.AdminPassword)).AssertRedirectsTo("/admin");
            }

            await using var db = database.CreateContext();
            Assert.Equal(0, await db.DataProtectionKeys.CountAsync());
            foreach (var file in Directory.GetFiles(keys, "key-*.xml"))
            {
                var key = XElement.Load(file);
                await db.Database.ExecuteSqlAsync(
                    $"INSERT INTO \"DataProtectionKeys\" (\"FriendlyName\", \"Xml\") VALUES ({Path.GetFileNameWithoutExtension(file)}, {key.ToString(SaveOptions.DisableFormatting)})");
            }
        }
        finally
        {
            TempFolder.Delete(keys);
        }

        await using var after = new AdminCatalogFactory(database);
        using var again = Client(after, cookies);
        using var admin = await again.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        await using var check = after.CreateDbContext();
        Assert.Equal(1, await check.DataProtectionKeys.CountAsync());
    }
}
