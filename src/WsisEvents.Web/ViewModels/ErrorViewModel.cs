using Microsoft.Extensions.Localization;
using WsisEvents.Web.Catalog;

namespace WsisEvents.Web.ViewModels;

public sealed record ErrorViewModel(int StatusCode, string RequestId)
{
    /// <summary>The title in English, as the API's problem details give it.</summary>
    public static string TitleFor(int statusCode) => TitleFor(statusCode, EnglishText.Instance);

    /// <summary>The title in the reader's language, for the error page.</summary>
    public static string TitleFor(int statusCode, IStringLocalizer localizer) => statusCode switch
    {
        400 => localizer["That request could not be understood"],
        404 => localizer["Page not found"],
        405 => localizer["That action is not allowed here"],
        429 => localizer["Too many requests"],
        >= 500 => localizer["Something went wrong on our side"],
        _ => localizer["The request could not be completed"],
    };
}
