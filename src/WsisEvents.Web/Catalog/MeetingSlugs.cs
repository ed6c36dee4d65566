namespace WsisEvents.Web.Catalog;

public static class MeetingSlugs
{
    /// <summary>"wsis-thematic-meeting-on-countering-spam-2004": the title and the year, so that a series that
    /// keeps its title from year to year (the IGF) still gets readable, distinct slugs.</summary>
    public static string Base(string title, int year) => $"{Slug.From(title, Slug.MaxLength - 5)}-{year}";
}
