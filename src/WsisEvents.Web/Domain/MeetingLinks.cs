namespace WsisEvents.Web.Domain;

// A meeting's links: to its organizers, its Action Lines and the meetings it refers to. Each belongs to the meeting
// and goes with it.

/// <summary>An organizer of a meeting, in the order the source names them.</summary>
public class MeetingOrganizer
{
    public int MeetingId { get; set; }
    public Meeting? Meeting { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public int Position { get; set; }

    /// <summary>The organizer as the source wrote it ("Government of Republic of Korea (MIC/KADO)").</summary>
    public string? NameAsWritten { get; set; }
}

/// <summary>An Action Line the meeting is filed under.</summary>
public class MeetingTheme
{
    public int MeetingId { get; set; }
    public Meeting? Meeting { get; set; }
    public int ThemeId { get; set; }
    public Theme? Theme { get; set; }
}

/// <summary>A meeting that another refers to, such as the June 2005 follow-up meetings of the conference
/// "Measuring the Information Society". Stored once per direction it was stated in.</summary>
public class MeetingRelation
{
    public int MeetingId { get; set; }
    public Meeting? Meeting { get; set; }
    public int RelatedMeetingId { get; set; }
    public Meeting? RelatedMeeting { get; set; }
}
