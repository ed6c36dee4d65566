using WsisEvents.Web.Catalog;

namespace WsisEvents.Web.ViewModels;

/// <summary>One meeting in a list: what a row shows, already formatted.</summary>
public sealed record MeetingRowViewModel(
    string Slug,
    string Url,
    string Title,
    string TitleLanguage,
    string Dates,
    string IsoStart,
    string IsoEnd,
    string Place,
    IReadOnlyList<OrganizationRefDto> Organizers,
    IReadOnlyList<ThemeRefDto> Themes,
    bool HasOutcomes)
{
    public static MeetingRowViewModel From(MeetingListItemDto m)
    {
        var start = DateOnly.ParseExact(m.StartDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var end = DateOnly.ParseExact(m.EndDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return new MeetingRowViewModel(
            m.Slug,
            m.Url,
            m.Title,
            m.TitleLanguage,
            DateRangeText.Format(start, end, m.DatePrecision),
            m.StartDate,
            m.EndDate,
            Phrases.Place(null, m.City, m.Country, m.IsOnline),
            m.Organizers,
            m.Themes,
            m.HasOutcomes);
    }

    public static string OrganizerLabel(OrganizationRefDto o) => o.Acronym ?? o.Name;
}
