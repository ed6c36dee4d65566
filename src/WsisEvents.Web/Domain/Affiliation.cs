namespace WsisEvents.Web.Domain;

/// <summary>A standing relation of one organization with another, such as the Internet Society's
/// consultative status with ECOSOC, together with the source sentence it rests on.</summary>
public class Affiliation : IVersioned
{
    public int Id { get; set; }

    public int Version { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public int TargetOrganizationId { get; set; }
    public Organization? TargetOrganization { get; set; }
    public AffiliationKind Kind { get; set; }

    /// <summary>First day of the period the date names (the year or month when less precise).</summary>
    public DateOnly? Since { get; set; }
    public DatePrecision SincePrecision { get; set; }

    public string? SourceDocument { get; set; }
    public string? SourceText { get; set; }

    public List<AffiliationTranslation> Translations { get; set; } = [];
}
