using Microsoft.Extensions.Localization;
using WsisEvents.Web.Localization;

namespace WsisEvents.Web.Catalog;

/// <summary>How kinds read in a sentence on the site and in the admin area, in the reader's language; the overloads
/// without a localizer give the English text, which the names kept in change records are written in.</summary>
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

    /// <summary>What a change did, as the history lists it.</summary>
    public static string Of(ChangeAction action, IStringLocalizer localizer) => action switch
    {
        ChangeAction.Created => localizer["Created"],
        ChangeAction.Updated => localizer["Updated"],
        ChangeAction.Deleted => localizer["Deleted"],
        ChangeAction.Restored => localizer["Restored"],
        ChangeAction.Imported => localizer["Imported"],
        _ => action.ToString(),
    };

    /// <summary>The kind of entry a change record is filed under (<see cref="Editing.ChangeHistory.EntityTypes"/>), as
    /// the history names it; a type it does not know as it is.</summary>
    public static string EntryType(string entityType, IStringLocalizer localizer) => entityType switch
    {
        Editing.ChangeHistory.EntityTypes.Meeting => localizer["Meeting"],
        Editing.ChangeHistory.EntityTypes.Organization => localizer["Organization"],
        Editing.ChangeHistory.EntityTypes.Affiliation => localizer["Affiliation"],
        Editing.ChangeHistory.EntityTypes.Category => localizer["Category"],
        Editing.ChangeHistory.EntityTypes.Theme => localizer["Action Line"],
        Editing.ChangeHistory.EntityTypes.OutcomeDocument => localizer["Outcome document"],
        Editing.ChangeHistory.EntityTypes.Import => localizer["Import"],
        _ => entityType,
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
