using Microsoft.AspNetCore.Identity;
using WsisEvents.Web.Accounts;
using WsisEvents.Web.Cli;

namespace WsisEvents.Web.Tests.Cli;

public sealed class CreateAdminCommandTests : SeededCatalog
{
    private async Task<(int Exit, string Out, string Err)> RunAsync(string stdin, params string[] args)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        using var input = new StringReader(stdin);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CreateAdminCommand.RunAsync(scope.ServiceProvider, args, input, stdout, stderr, CancellationToken.None);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task CreateAdmin_ReadsThePasswordFromStandardInput_AndTheAdminCanSignIn()
    {
        var (exit, stdout, _) = await RunAsync("a-strong-password\n", "first.admin@wsis.test");

        Assert.Equal(0, exit);
        Assert.Contains("Created the administrator first.admin@wsis.test", stdout, StringComparison.Ordinal);
        using var client = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await client.LoginAsync("first.admin@wsis.test", "a-strong-password")).AssertRedirectsTo("/admin");
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/admin/users")).StatusCode);
    }

    [Fact]
    public async Task CreateAdmin_ForAnExistingEditor_PromotesItWithTheNewPassword()
    {
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var editor = new IdentityUser { UserName = "ed@wsis.test", Email = "ed@wsis.test" };
            await users.CreateAsync(editor, "old-password-1");
            await scope.ServiceProvider.GetRequiredService<AccountBootstrapper>().EnsureRolesAsync();
            await users.AddToRoleAsync(editor, Roles.Editor);
        }

        var (exit, stdout, _) = await RunAsync("new-password-2\n", "ed@wsis.test");

        Assert.Equal(0, exit);
        Assert.Contains("is now an administrator", stdout, StringComparison.Ordinal);
        await using var check = Factory.Services.CreateAsyncScope();
        var manager = check.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = (await manager.FindByEmailAsync("ed@wsis.test"))!;
        Assert.True(await manager.IsInRoleAsync(user, Roles.Admin));
        Assert.True(await manager.CheckPasswordAsync(user, "new-password-2"));
    }

    [Theory]
    [InlineData("short\n", "at least 10")]
    [InlineData("", "No password")]
    public async Task CreateAdmin_RefusesAPasswordItCannotUse(string stdin, string message)
    {
        var (exit, _, stderr) = await RunAsync(stdin, "someone@wsis.test");

        Assert.NotEqual(0, exit);
        Assert.Contains(message, stderr, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData]
    [InlineData("not-an-email")]
    public async Task CreateAdmin_WithoutAnEmail_PrintsUsage(params string[] args)
    {
        var (exit, _, stderr) = await RunAsync("a-strong-password\n", args);

        Assert.Equal(2, exit);
        Assert.Contains("Usage: create-admin EMAIL", stderr, StringComparison.Ordinal);
    }
}
