using Microsoft.Extensions.Localization;
using WsisEvents.Web.Localization;

namespace WsisEvents.Web.Catalog;

/// <summary>How kinds read in a sentence on the site, in the reader's language; the overloads without a localizer
/// give the English text, which the admin area's lists and forms show.</summary>
public static class Phrases
{
    public static string Of(OrganizationKind kind) => Of(kind, EnglishText.Instance);

    public static string Of(OrganizationKind kind, IStringLocalizer localizer) => kind switch
    {
        OrganizationKind.UnBody => localizer["UN body"],
        OrganizationKind.UnProgrammeOrFund => localizer["UN programme or fund"],
        OrganizationKind.Intergovernmental => localizer["Intergovernmental organization"],
        OrganizationKind.Government => localizer["Government"],
        OrganizationKind.Ngo => localizer["NGO"],
        OrganizationKind.PrivateSector => localizer["Private sector"],
        OrganizationKind.Academic => localizer["Academic"],
        _ => localizer["Other"],
    };

    /// <summary>"Consultative status with" — followed by the target organization.</summary>
    public static string Of(AffiliationKind kind) => Of(kind, EnglishText.Instance);

    public static string Of(AffiliationKind kind, IStringLocalizer localizer) => kind switch
    {
        AffiliationKind.SectorMember => localizer["Sector member of"],
        AffiliationKind.ConsultativeStatus => localizer["Consultative status with"],
        AffiliationKind.PermanentObserver => localizer["Permanent observer to"],
        AffiliationKind.Observer => localizer["Observer to"],
        AffiliationKind.NgoInOperationalRelations => localizer["NGO in operational relations with"],
        AffiliationKind.MemorandumOfUnderstanding => localizer["Memorandum of understanding with"],
        AffiliationKind.Partner => localizer["Partner of"],
        AffiliationKind.Participant => localizer["Takes part in"],
        _ => localizer["Member of"],
    };

    /// <summary>"has consultative status" — preceded by the affiliated organization, on the target's page.</summary>
    public static string Inverse(AffiliationKind kind, IStringLocalizer localizer) => kind switch
    {
        AffiliationKind.SectorMember => localizer["sector member"],
        AffiliationKind.ConsultativeStatus => localizer["consultative status"],
        AffiliationKind.PermanentObserver => localizer["permanent observer"],
        AffiliationKind.Observer => localizer["observer"],
        AffiliationKind.NgoInOperationalRelations => localizer["NGO in operational relations"],
        AffiliationKind.MemorandumOfUnderstanding => localizer["memorandum of understanding"],
        AffiliationKind.Partner => localizer["partner"],
        AffiliationKind.Participant => localizer["participant"],
        _ => localizer["member"],
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
