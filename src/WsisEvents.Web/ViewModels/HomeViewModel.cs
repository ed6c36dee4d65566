using WsisEvents.Web.Catalog;

namespace WsisEvents.Web.ViewModels;

public sealed record HomeViewModel(int MeetingCount, int OrganizationCount, IReadOnlyList<ThemeDto> Themes);
