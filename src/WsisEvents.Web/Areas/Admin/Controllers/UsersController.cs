using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using WsisEvents.Web.Accounts;
using WsisEvents.Web.Areas.Admin.Models;

namespace WsisEvents.Web.Areas.Admin.Controllers;

/// <summary>Accounts: administrators only.</summary>
[Route("admin/users")]
[Authorize(Roles = Roles.Admin)]
public sealed class UsersController(UserManager<IdentityUser> users, ILogger<UsersController> logger) : AdminControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var all = await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var rows = new List<UserRow>();
        foreach (var user in all)
        {
            var roles = await users.GetRolesAsync(user);
            rows.Add(new UserRow(user.Id, user.Email ?? user.UserName ?? "", roles.FirstOrDefault() ?? "(none)",
                user.LockoutEnd is { } end && end > DateTimeOffset.UtcNow ? end : null));
        }

        return View(rows);
    }

    [HttpGet("create")]
    public IActionResult Create() => View(new NewUserInputModel());

    [HttpPost("create")]
    [ActionName("Create")]
    public async Task<IActionResult> CreatePost(NewUserInputModel input)
    {
        if (!Roles.All.Contains(input.Role))
        {
            ModelState.AddModelError(nameof(input.Role), "Choose Admin or Editor.");
        }

        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var user = new IdentityUser { UserName = input.Email.Trim(), Email = input.Email.Trim(), EmailConfirmed = true };
        var created = await users.CreateAsync(user, input.Password);
        if (created.Succeeded)
        {
            created = await users.AddToRoleAsync(user, input.Role);
        }

        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? nameof(input.Password) : nameof(input.Email), error.Description);
            }

            return View(input);
        }

        logger.LogInformation("{Admin} created the account {Email} with the role {Role}", User.Identity?.Name, user.Email, input.Role);
        ShowStatus(L["The account {0} ({1}) was created.", user.Email!, input.Role]);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/role")]
    public async Task<IActionResult> SetRole(string id, string role)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (!Roles.All.Contains(role))
        {
            return BadRequest("Choose Admin or Editor.");
        }

        if (role != Roles.Admin && await IsLastAdminAsync(user))
        {
            ShowStatus("The last administrator cannot stop being one.");
            return RedirectToAction(nameof(Index));
        }

        await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        await users.AddToRoleAsync(user, role);
        await users.UpdateSecurityStampAsync(user);
        logger.LogInformation("{Admin} gave {Email} the role {Role}", User.Identity?.Name, user.Email, role);
        ShowStatus(L["{0} is now {1}.", user.Email!, role]);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/unlock")]
    public async Task<IActionResult> Unlock(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        logger.LogInformation("{Admin} unlocked {Email}", User.Identity?.Name, user.Email);
        ShowStatus(L["{0} can sign in again.", user.Email!]);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/delete")]
    public async Task<IActionResult> Delete(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (user.Id == users.GetUserId(User))
        {
            ShowStatus("You cannot delete your own account.");
            return RedirectToAction(nameof(Index));
        }

        if (await IsLastAdminAsync(user))
        {
            ShowStatus("The last administrator cannot be deleted.");
            return RedirectToAction(nameof(Index));
        }

        await users.DeleteAsync(user);
        logger.LogInformation("{Admin} deleted the account {Email}", User.Identity?.Name, user.Email);
        ShowStatus(L["The account {0} was deleted.", user.Email!]);
        return RedirectToAction(nameof(Index));
    }

    private async Task<bool> IsLastAdminAsync(IdentityUser user) =>
        await users.IsInRoleAsync(user, Roles.Admin) && (await users.GetUsersInRoleAsync(Roles.Admin)).Count == 1;
}
