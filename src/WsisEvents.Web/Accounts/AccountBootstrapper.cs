using Microsoft.AspNetCore.Identity;

namespace WsisEvents.Web.Accounts;

/// <summary>Creates the roles, and the first administrator from configuration (<c>Admin:Email</c>,
/// <c>Admin:Password</c>) when there is none. There is never a default account.</summary>
public sealed class AccountBootstrapper(
    UserManager<IdentityUser> users, RoleManager<IdentityRole> roles, IConfiguration configuration, ILogger<AccountBootstrapper> logger)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), $"create the role {role}");
            }
        }
    }

    public async Task BootstrapAsync()
    {
        await EnsureRolesAsync();
        if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0)
        {
            return;
        }

        var email = configuration["Admin:Email"];
        var password = configuration["Admin:Password"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            logger.LogWarning(
                "There is no administrator yet. Set Admin__Email and Admin__Password, or run `create-admin EMAIL`, to create the first one.");
            return;
        }

        var outcome = await CreateOrPromoteAdminAsync(email, password);
        if (outcome.Errors.Count > 0)
        {
            throw new InvalidOperationException("The administrator from Admin:Email could not be created: " + string.Join(" ", outcome.Errors));
        }

        logger.LogInformation("Created the first administrator {Email} from configuration", email);
    }

    public sealed record Outcome(bool Created, IReadOnlyList<string> Errors);

    /// <summary>Creates an administrator, or gives an existing account the Admin role and this new password (how a
    /// lost administrator password is reset from the command line).</summary>
    public async Task<Outcome> CreateOrPromoteAdminAsync(string email, string password)
    {
        await EnsureRolesAsync();
        var user = await users.FindByEmailAsync(email);
        var created = user is null;
        IdentityResult result;
        if (user is null)
        {
            user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
            result = await users.CreateAsync(user, password);
        }
        else
        {
            result = await ResetPasswordAsync(user, password);
        }

        if (result.Succeeded && !await users.IsInRoleAsync(user, Roles.Admin))
        {
            result = await users.AddToRoleAsync(user, Roles.Admin);
        }

        return new Outcome(created, result.Succeeded ? [] : result.Errors.Select(e => e.Description).ToList());
    }

    private async Task<IdentityResult> ResetPasswordAsync(IdentityUser user, string password)
    {
        foreach (var validator in users.PasswordValidators)
        {
            var validation = await validator.ValidateAsync(users, user, password);
            if (!validation.Succeeded)
            {
                return validation;
            }
        }

        if (await users.HasPasswordAsync(user))
        {
            var removed = await users.RemovePasswordAsync(user);
            if (!removed.Succeeded)
            {
                return removed;
            }
        }

        var added = await users.AddPasswordAsync(user, password);
        return added.Succeeded ? await users.SetLockoutEndDateAsync(user, null) : added;
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
