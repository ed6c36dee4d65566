namespace WsisEvents.Web.Catalog;

/// <summary>Where outcome documents live: the list at <c>/documents</c>, and a stored file under its document, its
/// language and the safe name it is saved as.</summary>
public static class DocumentUrls
{
    public const string List = "/documents";

    public static string File(int documentId, string language, string fileName) =>
        $"/documents/{documentId}/{Uri.EscapeDataString(language)}/{Uri.EscapeDataString(fileName)}";

    /// <summary>A meeting's outcomes on its page.</summary>
    public static string OnMeetingPage(string meetingSlug) => MeetingUrls.Page(meetingSlug) + "#outcomes";
}
