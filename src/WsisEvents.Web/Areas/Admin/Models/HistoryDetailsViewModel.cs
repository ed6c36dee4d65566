namespace WsisEvents.Web.Areas.Admin.Models;

/// <summary>A change record with its two versions field by field.</summary>
public sealed record HistoryDetailsViewModel(ChangeRecord Record, IReadOnlyList<FieldDifference> Fields);
