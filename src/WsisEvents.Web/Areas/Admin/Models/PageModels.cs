using WsisEvents.Web.Catalog;
using WsisEvents.Web.Domain;
using WsisEvents.Web.Import;

namespace WsisEvents.Web.Areas.Admin.Models;

/// <summary>The dashboard; <c>FailedSignIns</c> counts the failed sign-ins on the account between its previous sign-in and this session's.</summary>
public sealed record DashboardViewModel(int Meetings, int Organizations, int Affiliations, IReadOnlyList<HistoryRow> RecentChanges, int FailedSignIns);

/// <summary>A change record with its two versions field by field.</summary>
public sealed record HistoryDetailsViewModel(ChangeRecord Record, IReadOnlyList<FieldDifference> Fields);

/// <summary>The import page: empty, or a parsed text with what importing it would do.</summary>
public sealed record ImportViewModel(ParsedPage? Page, IReadOnlyList<ImportPreview>? Preview, string? Content, string? DocumentName);

public sealed record UserRow(string Id, string Email, string Role, DateTimeOffset? LockedUntil);
