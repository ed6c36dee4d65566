using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Serilog.Events;
using WsisEvents.Web.Accounts;

namespace WsisEvents.Web.Tests.Admin;

public sealed class LoginTests : IAsyncLifetime
{
    private readonly LogCapture _logs = new();
    private readonly ManualClock _clock = new();
    private readonly CountingHasher _hasher = new();
    private AdminCatalogFactory _factory = null!;
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _app = null!;

    public Task InitializeAsync()
    {
        _factory = new AdminCatalogFactory();
        _app = _factory.WithWebHostBuilder(b =>
        {
            _logs.AttachTo(b, LogEventLevel.Information);
            b.ConfigureServices(s => s
                .AddSingleton<IStartupFilter, ClientAddresses>()
                .AddSingleton<TimeProvider>(_clock)
                .AddSingleton<IPasswordHasher<IdentityUser>>(_hasher));
        });
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
        const string failure = "The email or password is not right, or the account is locked for a while after too many failed attempts.";
        Assert.Equal(failure, await ErrorTextAsync(unknown));
        Assert.Equal(failure, await ErrorTextAsync(wrong));
        Assert.Equal(2, _logs.Entries.Count(e => e.Level == LogEventLevel.Warning && e.Message.StartsWith("Login failed for", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task FiveWrongPasswords_MakeThatAddressWait_EvenForTheRightPassword()
    {
        using var client = ClientAddresses.From(Client(), "203.0.113.7");
        await FailAsync(client, SignInThrottle.FreeAttempts);

        using var right = await client.LoginAsync(AdminCatalogFactory.AdminEmail, AdminCatalogFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Equal("1", right.Headers.GetValues("Retry-After").Single());
        Assert.Contains("Wait a second", await ErrorTextAsync(right), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStrangersFailures_NeverKeepTheOwnerOut()
    {
        using var stranger = ClientAddresses.From(Client(), "203.0.113.7");
        await FailAsync(stranger, SignInThrottle.FreeAttempts * 3);
        using var owner = ClientAddresses.From(Client(), "198.51.100.20");

        using var response = await owner.LoginAsync(AdminCatalogFactory.AdminEmail, AdminCatalogFactory.AdminPassword);

        response.AssertRedirectsTo("/admin");
    }

    [Fact]
    public async Task TheWait_DoublesWithEachFurtherFailure()
    {
        using var client = ClientAddresses.From(Client(), "203.0.113.7");
        await FailAsync(client, SignInThrottle.FreeAttempts);
        var waits = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            using var refused = await client.LoginAsync(AdminCatalogFactory.AdminEmail, "wrong-password");
            var wait = refused.Headers.GetValues("Retry-After").Single();
            waits.Add(wait);
            _clock.Advance(TimeSpan.FromSeconds(int.Parse(wait, System.Globalization.CultureInfo.InvariantCulture)));
            (await client.LoginAsync(AdminCatalogFactory.AdminEmail, "wrong-password")).Dispose();
        }

        Assert.Equal(["1", "2", "4", "8"], waits);
    }

    [Fact]
    public async Task AnUnknownAddress_IsThrottledLikeAKnownOne()
    {
        using var client = ClientAddresses.From(Client(), "203.0.113.7");
        for (var i = 0; i < SignInThrottle.FreeAttempts; i++)
        {
            (await client.LoginAsync("nobody@wsis.test", $"wrong-password-{i}")).Dispose();
        }

        using var next = await client.LoginAsync("nobody@wsis.test", "another-password");

        Assert.Equal(HttpStatusCode.TooManyRequests, next.StatusCode);
    }

    [Fact]
    public async Task AnUnknownAddress_CostsAPasswordHash_LikeAWrongPassword()
    {
        using var client = Client();

        (await client.LoginAsync("nobody@wsis.test", "some-password-1")).Dispose();

        Assert.Equal(1, _hasher.Verifications);
    }

    [Fact]
    public async Task TheOwner_SeesTheFailedAttemptsSinceTheirLastSignIn()
    {
        using var stranger = ClientAddresses.From(Client(), "203.0.113.7");
        await FailAsync(stranger, 3);
        using var owner = ClientAddresses.From(Client(), "198.51.100.20");
        (await owner.LoginAsync(AdminCatalogFactory.AdminEmail, AdminCatalogFactory.AdminPassword)).Dispose();

        var dashboard = await owner.GetDocumentAsync("/admin");
        var later = await owner.GetDocumentAsync("/admin");

        Assert.Contains("3 failed sign-in attempts", dashboard.QuerySelector("#failed-sign-ins")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("3 failed sign-in attempts", later.QuerySelector("#failed-sign-ins")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANextSignInWithoutFailures_ShowsNone()
    {
        using var stranger = ClientAddresses.From(Client(), "203.0.113.7");
        await FailAsync(stranger, 2);
        using var first = Client();
        (await first.LoginAsync(AdminCatalogFactory.AdminEmail, AdminCatalogFactory.AdminPassword)).Dispose();
        using var second = Client();
        (await second.LoginAsync(AdminCatalogFactory.AdminEmail, AdminCatalogFactory.AdminPassword)).Dispose();

        var dashboard = await second.GetDocumentAsync("/admin");

        Assert.Null(dashboard.QuerySelector("#failed-sign-ins"));
    }

    [Theory]
    [InlineData("admin@wsis.test\u001b[31m", "cannot contain control characters")]
    [InlineData("admin@wsis.test\tx", "cannot contain control characters")]
    [InlineData("admin@wsis.test\r\nLogin succeeded for x", "Enter a valid email address")]
    public async Task ControlCharactersInTheEmail_AreRefusedWithAMessage(string email, string message)
    {
        using var client = Client();

        using var response = await client.LoginAsync(email, AdminCatalogFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await response.ReadDocumentAsync()).Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(_logs.Entries, e => e.Message.StartsWith("Login", StringComparison.Ordinal) && e.Message.Any(char.IsControl));
    }

    private static async Task FailAsync(HttpClient client, int times)
    {
        for (var i = 0; i < times; i++)
        {
            (await client.LoginAsync(AdminCatalogFactory.AdminEmail, $"wrong-password-{i}")).Dispose();
        }
    }

    /// <summary>The real hasher, counting the checks it makes.</summary>
    private sealed class CountingHasher : IPasswordHasher<IdentityUser>
    {
        private readonly PasswordHasher<IdentityUser> _inner = new();
        private int _verifications;

        public int Verifications => _verifications;

        public string HashPassword(IdentityUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(IdentityUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
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
