using WsisEvents.Web.Catalog;

namespace WsisEvents.Web.ViewModels;

public sealed record HomeViewModel(
    int MeetingCount,
    int OrganizationCount,
    IReadOnlyList<ThemeDto> Themes,
    TimelineViewModel Timeline,
    IReadOnlyList<MeetingRowViewModel> Upcoming,
    IReadOnlyList<MeetingRowViewModel> Recent,
    IReadOnlyList<(int Year, int Count)> Years);
