namespace WsisEvents.Web.Areas.Admin.Models;

/// <summary>A simple form: its input, the entry's id when editing, choices for lists, and a conflict if any.</summary>
public sealed class FormViewModel<TInput>
{
    public required TInput Input { get; init; }
    public int? Id { get; init; }
    public IReadOnlyList<(int Id, string Label)> Organizations { get; init; } = [];
    public ConflictViewModel? Conflict { get; init; }

    public bool IsNew => Id is null;
}
