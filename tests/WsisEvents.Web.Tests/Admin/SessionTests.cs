using Microsoft.AspNetCore.Identity;
using WsisEvents.Web.Accounts;

namespace WsisEvents.Web.Tests.Admin;

/// <summary>A session ends, on the server, when its account signs out, changes role or password, or is deleted: a
/// copy of the old cookie, replayed, opens nothing.</summary>
public sealed class SessionTests : IAsyncLifetime
{
    private const string SecondAdminEmail = "second-admin@wsis.test";
    private const string SecondAdminPassword = "second-admin-password";

    private readonly AdminCatalogFactory _factory = new();

    public async Task InitializeAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var second = new IdentityUser { UserName = SecondAdminEmail, Email = SecondAdminEmail, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(second, SecondAdminPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(second, Roles.Admin)).Succeeded);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task SigningOut_VoidsEveryCopyOfTheCookie()
    {
        var (session, jar) = await SignInAsync(SecondAdminEmail, SecondAdminPassword);
        using var copy = Client(jar.Copy());

        using var logout = await session.PostFormAsync(await session.GetFormAsync("/admin", "form[action='/account/logout']"));
        using var replayed = await copy.GetAsync("/admin/users");

        logout.AssertRedirectsTo("/");
        replayed.AssertRedirectsTo("/account/login");
    }

    [Fact]
    public async Task ARoleChange_EndsTheAccountsSessions()
    {
        var (session, _) = await SignInAsync(SecondAdminEmail, SecondAdminPassword);
        var (admin, _) = await SignInAsync(AdminCatalogFactory.AdminEmail, AdminCatalogFactory.AdminPassword);
        var id = await IdOfAsync(SecondAdminEmail);

        using var demoted = await admin.PostFormAsync(
            (await admin.GetFormAsync("/admin/users", $"form[action='/admin/users/{id}/role']")).Set("role", Roles.Editor));
        using var after = await session.GetAsync("/admin/users");

        demoted.AssertRedirectsTo("/admin/users");
        after.AssertRedirectsTo("/account/login");
    }

    [Fact]
    public async Task APasswordChange_EndsTheAccountsSessions()
    {
        var (session, _) = await SignInAsync(SecondAdminEmail, SecondAdminPassword);

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var outcome = await scope.ServiceProvider.GetRequiredService<AccountBootstrapper>().CreateOrPromoteAdminAsync(SecondAdminEmail, "a-new-password-for-it");
            Assert.Empty(outcome.Errors);
        }

        using var after = await session.GetAsync("/admin");

        after.AssertRedirectsTo("/account/login");
    }

    [Fact]
    public async Task ADeletedAccountsCookie_CannotCreateAnAccount()
    {
        var (session, _) = await SignInAsync(SecondAdminEmail, SecondAdminPassword);
        var form = await session.GetFormAsync("/admin/users/create");
        var (admin, _) = await SignInAsync(AdminCatalogFactory.AdminEmail, AdminCatalogFactory.AdminPassword);
        var id = await IdOfAsync(SecondAdminEmail);

        using var deleted = await admin.PostFormAsync(await admin.GetFormAsync("/admin/users", $"form[action='/admin/users/{id}/delete']"));
        using var created = await session.PostFormAsync(form.Set("Email", "intruder@wsis.test").Set("Password", "intruder-password").Set("Role", Roles.Admin));

        deleted.AssertRedirectsTo("/admin/users");
        created.AssertRedirectsTo("/account/login");
        Assert.Null(await IdOfAsync("intruder@wsis.test"));
    }

    private async Task<string?> IdOfAsync(string email)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByEmailAsync(email))?.Id;
    }

    private async Task<(HttpClient Client, CookieJar Jar)> SignInAsync(string email, string password)
    {
        var jar = new CookieJar();
        var client = Client(jar);
        using var response = await client.LoginAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (client, jar);
    }

    private HttpClient Client(CookieJar jar) => _factory.CreateDefaultClient(new Uri("http://localhost"), jar);
}
