using WsisEvents.Web.Catalog;

namespace WsisEvents.Web.Areas.Admin.Models;

public sealed class MeetingFormViewModel : EntryFormViewModel<MeetingInputModel>
{
    public required IReadOnlyList<(int Id, string Code, string Name)> ThemeOptions { get; init; }
    public required IReadOnlyList<(int Id, string Name)> Categories { get; init; }
    public SourceDto? Source { get; init; }

    public int OrganizerSlots => Math.Max(8, Input.OrganizerIds.Count + 2);

    public int? OrganizerAt(int slot) => slot < Input.OrganizerIds.Count ? Input.OrganizerIds[slot] : null;

    public static IReadOnlyList<(string Value, string Label)> Precisions { get; } =
    [
        (nameof(DatePrecision.Day), "Known to the day (2005-04-15)"),
        (nameof(DatePrecision.Month), "Known to the month (2005-04)"),
        (nameof(DatePrecision.Year), "Known to the year (2005)"),
    ];
}
