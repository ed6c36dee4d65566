using WsisEvents.Web.Catalog;

namespace WsisEvents.Web.Areas.Admin.Models;

/// <summary>The dashboard; <c>FailedSignIns</c> counts the failed sign-ins on the account between its previous sign-in and this session's.</summary>
public sealed record DashboardViewModel(int Meetings, int Organizations, int Affiliations, IReadOnlyList<HistoryRow> RecentChanges, int FailedSignIns);
