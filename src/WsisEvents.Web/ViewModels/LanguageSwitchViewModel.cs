using Microsoft.AspNetCore.Diagnostics;
using WsisEvents.Web.Infrastructure;
using WsisEvents.Web.Localization;

namespace WsisEvents.Web.ViewModels;

/// <summary>The page in another language: the same path and, where the page says which (<see
/// cref="LanguageLinks.QueryKey"/>), the same filters; for the switcher and the hreflang alternates.</summary>
public sealed record LanguageSwitchViewModel(Language Language, string Url, string AbsoluteUrl, bool IsCurrent)
{
    public static IReadOnlyList<LanguageSwitchViewModel> For(HttpContext context, string? query)
    {
        var request = context.Request;
        var current = context.Language();

        // An error page is at its original address, not at /error/404.
        var path = context.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? request.Path.Value ?? "/";
        var sitePathBase = request.SitePathBase().Value ?? "";
        var origin = request.SiteOrigin();
        var tail = path + (string.IsNullOrEmpty(query) ? "" : query.StartsWith('?') ? query : "?" + query);
        return [.. Languages.All.Select(language =>
            new LanguageSwitchViewModel(language, sitePathBase + language.Prefix + tail, origin + language.Prefix + tail, language == current))];
    }
}
