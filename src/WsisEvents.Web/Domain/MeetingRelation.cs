namespace WsisEvents.Web.Domain;

/// <summary>A meeting that another refers to, such as the June 2005 follow-up meetings of the conference
/// "Measuring the Information Society". Stored once per direction it was stated in.</summary>
public class MeetingRelation
{
    public int MeetingId { get; set; }
    public Meeting? Meeting { get; set; }
    public int RelatedMeetingId { get; set; }
    public Meeting? RelatedMeeting { get; set; }
}
