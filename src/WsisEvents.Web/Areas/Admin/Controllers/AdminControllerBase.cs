using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;
using WsisEvents.Web.Accounts;
using WsisEvents.Web.Localization;

namespace WsisEvents.Web.Areas.Admin.Controllers;

/// <summary>What every controller of the admin area shares: the area, sign-in with the Admin or Editor role, and
/// antiforgery validation of every unsafe request.</summary>
[Area("Admin")]
[Authorize(Roles = Roles.AdminOrEditor)]
[AutoValidateAntiforgeryToken]
public abstract class AdminControllerBase : Controller
{
    /// <summary>The interface text in the language of the request's address (keys are the English text).</summary>
    protected IStringLocalizer<Texts> L => localizer ??= HttpContext.RequestServices.GetRequiredService<IStringLocalizer<Texts>>();

    private IStringLocalizer<Texts>? localizer;

    /// <summary>The message shown on the page that a POST redirects to: what was done, or why not. The redirect keeps
    /// the language's prefix, so the message is written in the language the page is read in.</summary>
    protected void ShowStatus(string message) => TempData["Status"] = Translated(message);

    /// <summary>The same for a message made with its values away from the request, worded here.</summary>
    protected void ShowStatus(Notice notice) => TempData["Status"] = notice.In(L);

    /// <summary>A message made elsewhere in English (a form's fixed texts), in the reader's language where the
    /// resources have it; as it is otherwise.</summary>
    protected string Translated(string message) => L[message] is { ResourceNotFound: false } text ? text.Value : message;

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

        if (context.Result is ViewResult && !ModelState.IsValid)
        {
            TranslateErrors();
        }

        base.OnActionExecuted(context);
    }

    /// <summary>The forms' own checks add their messages in English; on the way to the view each becomes the reader's
    /// language where the resources have it. Messages already translated (the attributes', through the DataAnnotations
    /// localizer) are not keys and stay as they are.</summary>
    private void TranslateErrors()
    {
        if (Languages.Current.IsDefault)
        {
            return;
        }

        foreach (var entry in ModelState.Values)
        {
            if (entry.Errors.Count == 0)
            {
                continue;
            }

            var errors = entry.Errors.ToList();
            entry.Errors.Clear();
            foreach (var error in errors)
            {
                if (error.Exception is not null && string.IsNullOrEmpty(error.ErrorMessage))
                {
                    entry.Errors.Add(error.Exception);
                }
                else
                {
                    entry.Errors.Add(Translated(error.ErrorMessage));
                }
            }
        }
    }
}
