namespace WsisEvents.Web.Domain;

public class MeetingTheme
{
    public int MeetingId { get; set; }
    public Meeting? Meeting { get; set; }
    public int ThemeId { get; set; }
    public Theme? Theme { get; set; }
}
