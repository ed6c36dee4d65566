using WsisEvents.Web.Catalog;
using WsisEvents.Web.Feeds;

namespace WsisEvents.Web.ViewModels;

/// <summary>The feeds and exports of a list of meetings. The calendar and the Atom feed follow the filter alone
/// (all matches, whichever page or order the list shows); the CSV keeps the order too.</summary>
public sealed record FeedLinksViewModel(string CalendarUrl, string WebcalUrl, string AtomUrl, string CsvUrl)
{
    public static FeedLinksViewModel For(MeetingSearch search, string origin)
    {
        var filter = FeedUrls.FilterOnly(search).ToQueryString();
        var calendar = origin + FeedUrls.Calendar + filter;
        return new FeedLinksViewModel(
            calendar,
            FeedUrls.Webcal(calendar),
            FeedUrls.Atom + filter,
            FeedUrls.Csv + search.Without(SearchParameters.Page, SearchParameters.PageSize).ToQueryString());
    }
}
