using Microsoft.AspNetCore.Mvc;

namespace WsisEvents.Web.Localization;

public static class LanguageLinks
{
    /// <summary>The key of <c>ViewData</c> under which a page puts the query string that says what it shows (its
    /// filters, in their canonical order), which its addresses in other languages keep. Only that: the output cache
    /// keys a page on those parameters alone, so a stray parameter in one visitor's address must not reach the
    /// switcher of the copy everyone gets.</summary>
    public const string QueryKey = "LanguageQuery";

    /// <summary>A root-relative address ("/meetings?year=2004") in the language of the page that links to it; any
    /// other address as it is.</summary>
    public static string Href(this IUrlHelper url, string? address) =>
        address is ['/', not '/', ..] or "/" ? url.ActionContext.HttpContext.Request.PathBase + address : address ?? "";
}
