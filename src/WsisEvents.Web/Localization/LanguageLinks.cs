using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using WsisEvents.Web.Infrastructure;

namespace WsisEvents.Web.Localization;

/// <summary>The page in another language: the same path and, where the page says which, the same filters.</summary>
public sealed record LanguageLink(Language Language, string Url, string AbsoluteUrl, bool IsCurrent);

public static class LanguageLinks
{
    /// <summary>The key of <c>ViewData</c> under which a page puts the query string that says what it shows (its
    /// filters, in their canonical order), which its addresses in other languages keep. Only that: the output cache
    /// keys a page on those parameters alone, so a stray parameter in one visitor's address must not reach the
    /// switcher of the copy everyone gets.</summary>
    public const string QueryKey = "LanguageQuery";

    public static IReadOnlyList<LanguageLink> For(HttpContext context, string? query)
    {
        var request = context.Request;
        var current = context.Language();

        // An error page is at its original address, not at /error/404.
        var path = context.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? request.Path.Value ?? "/";
        var sitePathBase = request.SitePathBase().Value ?? "";
        var origin = request.SiteOrigin();
        var tail = (path == "/" ? "" : path) + (string.IsNullOrEmpty(query) ? "" : query.StartsWith('?') ? query : "?" + query);
        return [.. Languages.All.Select(language =>
        {
            var relative = language.Prefix + tail;
            return new LanguageLink(language, sitePathBase + (relative.Length == 0 ? "/" : relative), origin + (relative.Length == 0 ? "/" : relative), language == current);
        })];
    }

    /// <summary>A root-relative address ("/meetings?year=2004") in the language of the page that links to it; any
    /// other address as it is.</summary>
    public static string Href(this IUrlHelper url, string? address) =>
        address is ['/', not '/', ..] or "/" ? url.ActionContext.HttpContext.Request.PathBase + address : address ?? "";
}
