using WsisEvents.Web.Localization;

namespace WsisEvents.Web.Catalog;

/// <summary>How kinds read in a sentence on the site.</summary>
public static class Phrases
{
    public static string Of(OrganizationKind kind) => kind switch
    {
        OrganizationKind.UnBody => "UN body",
        OrganizationKind.UnProgrammeOrFund => "UN programme or fund",
        OrganizationKind.Intergovernmental => "Intergovernmental organization",
        OrganizationKind.Government => "Government",
        OrganizationKind.Ngo => "NGO",
        OrganizationKind.PrivateSector => "Private sector",
        OrganizationKind.Academic => "Academic",
        _ => "Other",
    };

    /// <summary>"Consultative status with" — followed by the target organization.</summary>
    public static string Of(AffiliationKind kind) => kind switch
    {
        AffiliationKind.SectorMember => "Sector member of",
        AffiliationKind.ConsultativeStatus => "Consultative status with",
        AffiliationKind.PermanentObserver => "Permanent observer to",
        AffiliationKind.Observer => "Observer to",
        AffiliationKind.NgoInOperationalRelations => "NGO in operational relations with",
        AffiliationKind.MemorandumOfUnderstanding => "Memorandum of understanding with",
        AffiliationKind.Partner => "Partner of",
        AffiliationKind.Participant => "Takes part in",
        _ => "Member of",
    };

    /// <summary>"has consultative status" — preceded by the affiliated organization, on the target's page.</summary>
    public static string Inverse(AffiliationKind kind) => kind switch
    {
        AffiliationKind.SectorMember => "sector member",
        AffiliationKind.ConsultativeStatus => "consultative status",
        AffiliationKind.PermanentObserver => "permanent observer",
        AffiliationKind.Observer => "observer",
        AffiliationKind.NgoInOperationalRelations => "NGO in operational relations",
        AffiliationKind.MemorandumOfUnderstanding => "memorandum of understanding",
        AffiliationKind.Partner => "partner",
        AffiliationKind.Participant => "participant",
        _ => "member",
    };

    public static string Place(string? venue, string? city, string? country, bool isOnline)
    {
        if (isOnline)
        {
            return Texts.Localizer["Online"];
        }

        var parts = new[] { venue, city, country }.Where(p => !string.IsNullOrWhiteSpace(p));
        return string.Join(", ", parts);
    }

    public static string MeetingCount(int count) => Texts.Localizer.Count(count, "{0} meeting", "{0} meetings");
}
