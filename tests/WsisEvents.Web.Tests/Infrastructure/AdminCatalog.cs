using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using WsisEvents.Web.Accounts;

namespace WsisEvents.Web.Tests.Infrastructure;

/// <summary>A catalog with a first administrator from configuration (as a newcomer sets it up) and an editor.</summary>
public class AdminCatalogFactory : CatalogFactory
{
    public const string AdminEmail = "admin@wsis.test";
    public const string AdminPassword = "admin-password-42";
    public const string EditorEmail = "editor@wsis.test";
    public const string EditorPassword = "editor-password-42";

    public AdminCatalogFactory()
    {
    }

    /// <summary>An app on an existing database, as after a restart; the caller owns the database.</summary>
    public AdminCatalogFactory(TestDatabase database)
        : base(database)
    {
    }

    public int LoginsPerMinute { get; init; } = 10_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Admin:Email", AdminEmail);
        builder.UseSetting("Admin:Password", AdminPassword);
        builder.UseSetting("RateLimits:LoginPerMinute", LoginsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public async Task EnsureEditorAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        if (await users.FindByEmailAsync(EditorEmail) is null)
        {
            var editor = new IdentityUser { UserName = EditorEmail, Email = EditorEmail, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(editor, EditorPassword)).Succeeded);
            Assert.True((await users.AddToRoleAsync(editor, Roles.Editor)).Succeeded);
        }
    }

    /// <summary>A client that does not follow redirects (so that post-redirect-get can be asserted) and keeps cookies.</summary>
    public HttpClient Browser(bool https = false) => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri(https ? "https://localhost" : "http://localhost"),
    });

    public async Task<HttpClient> SignedInAsync(string email, string password)
    {
        var client = Browser();
        var response = await client.LoginAsync(email, password);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public Task<HttpClient> AdminAsync() => SignedInAsync(AdminEmail, AdminPassword);
}
