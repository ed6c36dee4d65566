using WsisEvents.Web.Catalog;

namespace WsisEvents.Web.Feeds;

/// <summary>Where the feeds and exports live. The filtered ones take the query of <c>/meetings</c>.</summary>
public static class FeedUrls
{
    public const string Calendar = "/meetings.ics";
    public const string Atom = "/meetings.atom";
    public const string Csv = "/meetings.csv";
    public const string Sitemap = "/sitemap.xml";

    public static string MeetingCalendar(string slug) => $"/meetings/{Uri.EscapeDataString(slug)}.ics";

    public static string OrganizationPage(string slug) => $"/organizations/{Uri.EscapeDataString(slug)}";

    public static string ThemePage(string slug) => $"/themes/{Uri.EscapeDataString(slug)}";

    /// <summary>The search without its page, page size and order: what a subscription follows, whichever page of
    /// the list it was found on.</summary>
    public static MeetingSearch FilterOnly(MeetingSearch search) =>
        search.Without(SearchParameters.Page, SearchParameters.PageSize, SearchParameters.Sort);

    /// <summary>The same address for calendar programs: webcal:// is http(s):// under the name that makes browsers
    /// hand the link to the calendar instead of downloading the file.</summary>
    public static string Webcal(string absoluteUrl) =>
        "webcal" + absoluteUrl[absoluteUrl.IndexOf(':', StringComparison.Ordinal)..];
}
