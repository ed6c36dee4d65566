using Microsoft.AspNetCore.Identity;
using WsisEvents.Web.Accounts;

namespace WsisEvents.Web.Tests.Admin;

public sealed class AccessTests : SeededCatalog<AdminCatalogFactory>
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Factory.EnsureEditorAsync();
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/meetings")]
    [InlineData("/admin/meetings/1/edit")]
    [InlineData("/admin/organizations/create")]
    [InlineData("/admin/history")]
    [InlineData("/admin/users")]
    [InlineData("/admin/import")]
    public async Task Anonymous_IsSentToTheLoginPage(string url)
    {
        using var client = Factory.Browser();

        using var response = await client.GetAsync(url);

        response.AssertRedirectsTo("/account/login");
        Assert.Contains("ReturnUrl=" + Uri.EscapeDataString(url), response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnonymousPost_ChangesNothing()
    {
        using var client = Factory.Browser();
        var before = await DatabaseSnapshot.TakeAsync(Factory.Database);

        using var response = await client.PostAsync("/admin/meetings/1/delete", new FormUrlEncodedContent([new("version", "0")]));

        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(Factory.Database));
    }

    [Fact]
    public async Task PostWithoutAntiforgeryToken_Is400AndChangesNothing()
    {
        using var client = await Factory.AdminAsync();
        var form = await client.GetFormAsync("/admin/meetings/1/edit");
        form.Remove("__RequestVerificationToken").Set("Title", "Changed without a token");

        using var response = await client.PostFormAsync(form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var title = await Factory.WithDbAsync(db => Task.FromResult(db.Meetings.Single(m => m.Id == 1).Title));
        Assert.NotEqual("Changed without a token", title);
    }

    [Fact]
    public async Task Editor_EditsEntriesButCannotManageAccountsOrImport()
    {
        using var editor = await Factory.SignedInAsync(AdminCatalogFactory.EditorEmail, AdminCatalogFactory.EditorPassword);

        using var meetings = await editor.GetAsync("/admin/meetings");
        using var users = await editor.GetAsync("/admin/users");
        using var import = await editor.GetAsync("/admin/import");

        Assert.Equal(HttpStatusCode.OK, meetings.StatusCode);
        users.AssertRedirectsTo("/account/denied");
        import.AssertRedirectsTo("/account/denied");
    }

    [Fact]
    public async Task Editor_CannotCreateAnAccountByPostingDirectly()
    {
        using var admin = await Factory.AdminAsync();
        var form = await admin.GetFormAsync("/admin/users/create");
        using var editor = await Factory.SignedInAsync(AdminCatalogFactory.EditorEmail, AdminCatalogFactory.EditorPassword);
        var editorToken = (await editor.GetFormAsync("/admin/meetings/create")).Get("__RequestVerificationToken")!;
        form.Set("__RequestVerificationToken", editorToken).Set("Email", "intruder@wsis.test").Set("Password", "intruder-password").Set("Role", Roles.Admin);

        using var response = await editor.PostFormAsync(form);

        response.AssertRedirectsTo("/account/denied");
        await using var scope = Factory.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByEmailAsync("intruder@wsis.test"));
    }

    [Fact]
    public async Task Admin_CreatesAnEditorAccount()
    {
        using var admin = await Factory.AdminAsync();
        var form = await admin.GetFormAsync("/admin/users/create");

        using var response = await admin.PostFormAsync(form.Set("Email", "new.editor@wsis.test").Set("Password", "a-long-password").Set("Role", Roles.Editor));

        response.AssertRedirectsTo("/admin/users");
        using var newEditor = await Factory.SignedInAsync("new.editor@wsis.test", "a-long-password");
        Assert.Equal(HttpStatusCode.OK, (await newEditor.GetAsync("/admin/meetings")).StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/meetings/no-such-meeting")]
    [InlineData("/api/meetings?year=x")]
    [InlineData("/css/site.css")]
    [InlineData("/account/login")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string url)
    {
        using var client = Factory.Browser();

        using var response = await client.GetAsync(url);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS over plain HTTP");
    }

    [Fact]
    public async Task TheContentSecurityPolicy_IsTheSitesWholePolicy()
    {
        using var client = Factory.Browser();

        using var response = await client.GetAsync("/");

        Assert.Equal(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
            Assert.Single(response.Headers.GetValues("Content-Security-Policy")).TrimEnd(';', ' '));
        Assert.Equal("camera=(), microphone=(), geolocation=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/meetings/no-such-meeting")]
    [InlineData("/css/site.css")]
    public async Task AnHttpsResponse_CarriesStrictTransportSecurity(string url)
    {
        // Not localhost, for which the header is left out (a developer's browser would then refuse plain HTTP for
        // every local site).
        using var client = Factory.CreateClient(new() { BaseAddress = new Uri("https://wsis.example"), AllowAutoRedirect = false });

        using var response = await client.GetAsync(url);

        Assert.Equal("max-age=31536000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AuthCookie_IsHttpOnlyLaxAndSecureOverHttps(bool https)
    {
        using var client = Factory.Browser(https);

        using var response = await client.LoginAsync(AdminCatalogFactory.AdminEmail, AdminCatalogFactory.AdminPassword);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("wsis.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(https, cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Restart_KeepsEditorsSignedIn()
    {
        var cookie = await AuthCookieAsync();

        await using var restarted = new RestartedFactory(Factory);
        using var afterRestart = restarted.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add("Cookie", cookie);

        using var response = await afterRestart.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<string> AuthCookieAsync()
    {
        using var client = Factory.Browser();
        using var response = await client.LoginAsync(AdminCatalogFactory.AdminEmail, AdminCatalogFactory.AdminPassword);
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("wsis.auth=", StringComparison.Ordinal)).Split(';')[0];
    }

    [Fact]
    public async Task AFormThatCannotBeRead_Is400NotA500()
    {
        using var client = Factory.Browser();
        using var body = new StringContent("not a multipart body", System.Text.Encoding.UTF8);
        body.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=zzz");

        using var response = await client.PostAsync("/account/login", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>A second app on the same database and so the same keys (in its folder on SQLite, in the database on
    /// PostgreSQL), as after a restart.</summary>
    private sealed class RestartedFactory(AdminCatalogFactory original) : CatalogFactory(original.Database);
}
