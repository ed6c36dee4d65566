using System.Net;
using Serilog.Events;
using WsisEvents.Web.Controllers;
using WsisEvents.Web.Tests.Infrastructure;

namespace WsisEvents.Web.Tests.Admin;

public sealed class LoginTests : IAsyncLifetime
{
    private readonly LogCapture _logs = new();
    private AdminCatalogFactory _factory = null!;
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _app = null!;

    public Task InitializeAsync()
    {
        _factory = new AdminCatalogFactory();
        _app = _factory.WithWebHostBuilder(b => _logs.AttachTo(b, LogEventLevel.Information));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _factory.DisposeAsync();
    }

    private HttpClient Client() => _app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task<string> ErrorTextAsync(HttpResponseMessage response) =>
        (await response.ReadDocumentAsync()).QuerySelector(".alert-danger")?.TextContent.Trim() ?? "";

    [Fact]
    public async Task FirstAdministrator_FromConfiguration_CanSignIn()
    {
        using var client = Client();

        using var response = await client.LoginAsync(AdminCatalogFactory.AdminEmail, AdminCatalogFactory.AdminPassword);

        response.AssertRedirectsTo("/admin");
        Assert.Contains(_logs.Entries, e => e.Message.StartsWith("Login succeeded for admin@wsis.test", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownEmailAndWrongPassword_GetTheSameMessage()
    {
        using var client = Client();

        using var unknown = await client.LoginAsync("nobody@wsis.test", AdminCatalogFactory.AdminPassword);
        using var wrong = await client.LoginAsync(AdminCatalogFactory.AdminEmail, "not-the-password");

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(AccountController.FailureMessage, await ErrorTextAsync(unknown));
        Assert.Equal(AccountController.FailureMessage, await ErrorTextAsync(wrong));
        Assert.Equal(2, _logs.Entries.Count(e => e.Level == LogEventLevel.Warning && e.Message.StartsWith("Login failed for", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_EvenForTheRightPassword()
    {
        using var client = Client();
        for (var i = 0; i < 5; i++)
        {
            (await client.LoginAsync(AdminCatalogFactory.AdminEmail, $"wrong-password-{i}")).Dispose();
        }

        using var right = await client.LoginAsync(AdminCatalogFactory.AdminEmail, AdminCatalogFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.Equal(AccountController.FailureMessage, await ErrorTextAsync(right));
        Assert.Contains(_logs.Entries, e => e.Message.Contains("locked out", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Logout_EndsTheSession()
    {
        using var client = Client();
        (await client.LoginAsync(AdminCatalogFactory.AdminEmail, AdminCatalogFactory.AdminPassword)).Dispose();
        var form = await client.GetFormAsync("/admin", "form[action='/account/logout']");

        using var logout = await client.PostFormAsync(form);
        using var admin = await client.GetAsync("/admin");

        logout.AssertRedirectsTo("/");
        admin.AssertRedirectsTo("/account/login");
    }

    [Fact]
    public async Task ReturnUrl_ToAnotherSite_IsIgnored()
    {
        using var client = Client();
        var form = await client.GetFormAsync("/account/login?returnUrl=https://evil.example/");

        using var response = await client.PostFormAsync(form.Set("Email", AdminCatalogFactory.AdminEmail).Set("Password", AdminCatalogFactory.AdminPassword));

        response.AssertRedirectsTo("/admin");
    }
}

public sealed class LoginRateLimitTests : IAsyncLifetime
{
    private readonly AdminCatalogFactory _factory = new() { LoginsPerMinute = 3 };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task ManyLoginAttempts_FromOneClient_Get429WithRetryAfter()
    {
        using var client = _factory.Browser();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 5; i++)
        {
            var response = await client.LoginAsync("someone@wsis.test", "whatever-password");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited = response;
                break;
            }

            response.Dispose();
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
        Assert.NotNull(limited!.Headers.RetryAfter);
        limited.Dispose();
    }
}
