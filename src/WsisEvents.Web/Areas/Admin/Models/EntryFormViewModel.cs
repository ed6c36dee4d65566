using Microsoft.AspNetCore.Html;

namespace WsisEvents.Web.Areas.Admin.Models;

/// <summary>An entry's edit page: the input, the entry's id when editing, and the conflict, if a save clashed with
/// another editor's. The category, Action Line and affiliation pages show it as it is (an affiliation's with the
/// organizations to choose from); meetings and organizations add their own lists.</summary>
public class EntryFormViewModel<TInput>
{
    public required TInput Input { get; init; }
    public int? Id { get; init; }

    /// <summary>The entry's public page, for an entry that has one and is saved.</summary>
    public string? PublicUrl { get; init; }

    public IReadOnlyList<(int Id, string Label)> Organizations { get; init; } = [];

    /// <summary>The Markdown description as it will show, when the editor asked to see it.</summary>
    public IHtmlContent? Preview { get; init; }

    public ConflictViewModel? Conflict { get; init; }

    public bool IsNew => Id is null;
}
