namespace WsisEvents.Web.Domain;

public class Organization : IVersioned
{
    public int Id { get; set; }

    public int Version { get; set; }
    public required string Name { get; set; }
    public string? Acronym { get; set; }
    public required string Slug { get; set; }
    public OrganizationKind Kind { get; set; }
    public int? ParentId { get; set; }
    public Organization? Parent { get; set; }
    public string? Website { get; set; }

    /// <summary>Markdown.</summary>
    public string? Description { get; set; }

    public List<Organization> Children { get; set; } = [];
    public List<OrganizationAlias> Aliases { get; set; } = [];
    public List<Affiliation> Affiliations { get; set; } = [];
    public List<MeetingOrganizer> OrganizedMeetings { get; set; } = [];
    public List<OrganizationTranslation> Translations { get; set; } = [];
}
