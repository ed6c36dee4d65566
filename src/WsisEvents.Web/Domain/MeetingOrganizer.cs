namespace WsisEvents.Web.Domain;

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
