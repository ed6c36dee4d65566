using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using WsisEvents.Web.Accounts;
using WsisEvents.Web.Infrastructure;
using WsisEvents.Web.Localization;
using WsisEvents.Web.ViewModels;

namespace WsisEvents.Web.Controllers;

[Route("account")]
[AutoValidateAntiforgeryToken]
public sealed class AccountController(
    SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users, IPasswordHasher<IdentityUser> hasher, SignInThrottle throttle,
    IStringLocalizer<Texts> localizer, ILogger<AccountController> logger) : Controller
{

    /// <summary>What an unknown address's password is checked against, so that it costs the same hash as a known
    /// one: the time of a failed sign-in does not tell which addresses have accounts.</summary>
    private static readonly Lazy<string> UnknownAccountHash = new(() => new PasswordHasher<IdentityUser>().HashPassword(new IdentityUser(), Guid.NewGuid().ToString()));

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

        var email = input.Email.Trim();
        var remote = HttpContext.Connection.RemoteIpAddress;
        var wait = throttle.TryBegin(email, remote);
        if (wait > TimeSpan.Zero)
        {
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            logger.LogWarning("Login not tried for {Email} from {RemoteIp}: {Seconds} s to wait after failed attempts", LogText.Escape(email), remote, seconds);
            ModelState.AddModelError(string.Empty, localizer.Count(
                seconds,
                "Too many failed attempts from your address for this account. Wait a second and try again.",
                "Too many failed attempts from your address for this account. Wait {0} seconds and try again."));
            Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Refused(input, StatusCodes.Status429TooManyRequests);
        }

        var user = await users.FindByNameAsync(email);
        if (user is null)
        {
            hasher.VerifyHashedPassword(new IdentityUser(), UnknownAccountHash.Value, input.Password);
            logger.LogWarning("Login failed for {Email} from {RemoteIp}", LogText.Escape(email), remote);
            return Refused(input, StatusCodes.Status400BadRequest, FailureMessage);
        }

        var result = await signIn.CheckPasswordSignInAsync(user, input.Password, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            var failedBefore = throttle.Succeeded(email, remote);
            await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(SignInClaims.FailedSignIns, failedBefore.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
            logger.LogInformation("Login succeeded for {Email} from {RemoteIp}", LogText.Escape(email), remote);
            return LocalRedirect(Url.IsLocalUrl(input.ReturnUrl) ? input.ReturnUrl! : "~/admin");
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("Login refused for {Email} from {RemoteIp}: the account is locked out", LogText.Escape(email), remote);
        }
        else
        {
            logger.LogWarning("Login failed for {Email} from {RemoteIp}", LogText.Escape(email), remote);
        }

        return Refused(input, StatusCodes.Status400BadRequest, FailureMessage);
    }

    /// <summary>One message for an unknown email, a wrong password and a locked account, so that the form tells an
    /// attacker nothing about which accounts exist.</summary>
    private string FailureMessage =>
        localizer["The email or password is not right, or the account is locked for a while after too many failed attempts."];

    [HttpPost("logout")]
    [Authorize]
    public async Task<IActionResult> Logout()
    {
        logger.LogInformation("Logout of {User}", User.Identity?.Name);

        // A new stamp voids every cookie of the account, this one included, should a copy of it be replayed.
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }

    private ViewResult Refused(LoginInputModel input, int statusCode, string? message = null)
    {
        if (message is not null)
        {
            ModelState.AddModelError(string.Empty, message);
        }

        input.Password = "";
        Response.StatusCode = statusCode;
        return View(input);
    }

    [HttpGet("denied")]
    [AllowAnonymous]
    public IActionResult Denied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }
}
