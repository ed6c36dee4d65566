namespace WsisEvents.Web.Areas.Admin.Models;

/// <summary>The edit page of a category, an Action Line or an affiliation: the input, the entry's id when editing, the
/// organizations to choose from (affiliations), and the conflict, if a save clashed with another editor's.</summary>
public sealed class EntryFormViewModel<TInput>
{
    public required TInput Input { get; init; }
    public int? Id { get; init; }
    public IReadOnlyList<(int Id, string Label)> Organizations { get; init; } = [];
    public ConflictViewModel? Conflict { get; init; }

    public bool IsNew => Id is null;
}
