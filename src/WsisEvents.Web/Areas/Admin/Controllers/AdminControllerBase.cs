using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using WsisEvents.Web.Accounts;

namespace WsisEvents.Web.Areas.Admin.Controllers;

/// <summary>What every controller of the admin area shares: the area, sign-in with the Admin or Editor role, and
/// antiforgery validation of every unsafe request.</summary>
[Area("Admin")]
[Authorize(Roles = Roles.AdminOrEditor)]
[AutoValidateAntiforgeryToken]
public abstract class AdminControllerBase : Controller
{
    /// <summary>The message shown on the page that a POST redirects to: what was done, or why not.</summary>
    protected void ShowStatus(string message) => TempData["Status"] = message;

    /// <summary>The form again with "someone else saved this meanwhile": 409 Conflict.</summary>
    protected ViewResult ConflictView(string? viewName, object model)
    {
        var view = View(viewName, model);
        view.StatusCode = StatusCodes.Status409Conflict;
        return view;
    }

    /// <summary>A form posted with mistakes comes back with its messages and a 400, not a 200.</summary>
    public override void OnActionExecuted(ActionExecutedContext context)
    {
        if (HttpMethods.IsPost(context.HttpContext.Request.Method) && context.Result is ViewResult { StatusCode: null } view && !ModelState.IsValid)
        {
            view.StatusCode = StatusCodes.Status400BadRequest;
        }

        base.OnActionExecuted(context);
    }
}
