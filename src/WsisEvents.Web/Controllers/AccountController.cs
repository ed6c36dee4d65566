using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using WsisEvents.Web.Infrastructure;
using WsisEvents.Web.ViewModels;

namespace WsisEvents.Web.Controllers;

[Route("account")]
[AutoValidateAntiforgeryToken]
public sealed class AccountController(SignInManager<IdentityUser> signIn, ILogger<AccountController> logger) : Controller
{
    /// <summary>One message for an unknown email, a wrong password and a locked account, so that the form tells an
    /// attacker nothing about which accounts exist.</summary>
    public const string FailureMessage =
        "The email or password is not right, or the account is locked for a while after too many failed attempts.";

    [HttpGet("login")]
    [AllowAnonymous]
    public IActionResult Login(string? returnUrl) => View(new LoginInputModel { ReturnUrl = returnUrl });

    [HttpPost("login")]
    [AllowAnonymous]
    [EnableRateLimiting(ServiceRegistration.LoginRateLimit)]
    public async Task<IActionResult> Login(LoginInputModel input)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(input);
        }

        var result = await signIn.PasswordSignInAsync(input.Email.Trim(), input.Password, isPersistent: false, lockoutOnFailure: true);
        var remote = HttpContext.Connection.RemoteIpAddress;
        if (result.Succeeded)
        {
            logger.LogInformation("Login succeeded for {Email} from {RemoteIp}", input.Email, remote);
            return LocalRedirect(Url.IsLocalUrl(input.ReturnUrl) ? input.ReturnUrl! : "/admin");
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("Login refused for {Email} from {RemoteIp}: the account is locked out", input.Email, remote);
        }
        else
        {
            logger.LogWarning("Login failed for {Email} from {RemoteIp}", input.Email, remote);
        }

        ModelState.AddModelError(string.Empty, FailureMessage);
        input.Password = "";
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(input);
    }

    [HttpPost("logout")]
    [Authorize]
    public async Task<IActionResult> Logout()
    {
        logger.LogInformation("Logout of {User}", User.Identity?.Name);
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }

    [HttpGet("denied")]
    [AllowAnonymous]
    public IActionResult Denied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }
}
