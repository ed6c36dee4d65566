namespace WsisEvents.Web.Catalog;

public static class MeetingUrls
{
    public static string Page(string slug) => $"/meetings/{Uri.EscapeDataString(slug)}";
}
