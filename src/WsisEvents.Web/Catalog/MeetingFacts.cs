namespace WsisEvents.Web.Catalog;

/// <summary>What every list of meetings shows of one, read once by
/// <see cref="MeetingQueries.FactsByIdAsync"/>: the API's and the pages' <see cref="MeetingListItemDto"/> and the
/// feeds' meeting are made from it. The dates are dates here; the list item writes them as yyyy-MM-dd. The title is in
/// the request's language where a translation gives it, and <see cref="TitleLanguage"/> says which it is in.</summary>
public record MeetingFacts(
    int Id, string Slug, string Title, DateOnly StartDate, DateOnly EndDate, DatePrecision DatePrecision, string? City,
    string? Country, bool IsOnline, CategoryRefDto Category, IReadOnlyList<OrganizationRefDto> Organizers,
    IReadOnlyList<ThemeRefDto> Themes, bool HasOutcomes, string TitleLanguage)
{
    public MeetingListItemDto ToListItem() => new(
        Slug, MeetingUrls.Page(Slug), Title, MeetingQueries.Iso(StartDate), MeetingQueries.Iso(EndDate), DatePrecision,
        City, Country, IsOnline, Category, Organizers, Themes, HasOutcomes, TitleLanguage);
}
