namespace WsisEvents.Web.Domain;

/// <summary>Another name an organization goes by in source texts ("ECA" for UNECA), used to link
/// organizers on import. <see cref="NormalizedName"/> is unique across the directory.</summary>
public class OrganizationAlias
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public required string Name { get; set; }
    public required string NormalizedName { get; set; }
}
