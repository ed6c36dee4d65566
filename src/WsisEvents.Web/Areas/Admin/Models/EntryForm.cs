using Microsoft.AspNetCore.Mvc.ModelBinding;
using WsisEvents.Web.Editing;
using WsisEvents.Web.Localization;

namespace WsisEvents.Web.Areas.Admin.Models;

/// <summary>What every edit form posts besides its fields: the version of the entry the editor started from.</summary>
public interface IVersionedInput
{
    int Version { get; set; }
}

/// <summary>The admin area's form for one kind of entry: its checks, the mapping between what the form posts and the
/// entry, the page it is shown on, and what the editor is told. Saving is <see cref="EntryEditor"/>'s.</summary>
/// <param name="entityType">What its change records are filed under.</param>
/// <param name="noun">"meeting", "Action Line": what the messages call an entry.</param>
public abstract class EntryForm<TEntity, TInput>(string entityType, string noun) : EntryKind<TEntity>(entityType)
    where TEntity : class, IVersioned
    where TInput : IVersionedInput
{
    public string Noun => noun;

    public virtual string ConflictMessage =>
        $"Someone else saved this {Noun} while you were editing it; nothing of yours was saved. Save again to keep your version.";

    /// <summary>Told on the list page when the entry being edited was deleted meanwhile; <see cref="GoneFormMessage"/>
    /// keeps the editor on the form instead.</summary>
    public string GoneMessage => $"The {Noun} was deleted by someone else meanwhile; it can be restored from the history.";

    public virtual string? GoneFormMessage => null;

    /// <summary>The form error when <see cref="EntryKind{T}.SaveMayClash"/> and a save clashed.</summary>
    public virtual string ClashMessage => $"Another {Noun} is saved with these values.";

    /// <summary>How messages name the entry: “its name” by default.</summary>
    public virtual string Quoted(TEntity entry, string name) => $"“{name}”";

    /// <summary>The messages below name the entry by its noun in their text ("The meeting {0} was deleted."), one text
    /// per kind of entry, because other languages word them by the noun's gender.</summary>
    public virtual Notice DeletedMessage(TEntity entry, string name) => new($"The {Noun} {{0}} was deleted.", Quoted(entry, name));

    /// <summary>The message, and the action the editor is sent to, when a delete failed on the version.</summary>
    public virtual (Notice Message, string Action) ChangedMeanwhile(string quoted) =>
        (new($"The {Noun} {{0}} was changed by someone else meanwhile and was not deleted. Look at it again first.", quoted), "Edit");

    /// <summary>The same when the database refused it (<see cref="EntryKind{T}.DeleteMayBeRefused"/>).</summary>
    public virtual (Notice Message, string Action) Refused(string quoted) => ChangedMeanwhile(quoted);

    /// <summary>Why the entry may not be deleted now, checked again on the delete itself; null when it may.</summary>
    public virtual Task<Notice?> RefusalAsync(TEntity entry, string quoted, CancellationToken cancellationToken) => Task.FromResult<Notice?>(null);

    public abstract TInput ToInput(TEntity entry);

    /// <summary>The server's checks, each message next to its field.</summary>
    public abstract Task ValidateAsync(TInput input, int? id, ModelStateDictionary modelState, CancellationToken cancellationToken);

    /// <summary>A new entry from a valid input.</summary>
    public abstract Task<TEntity> NewEntryAsync(TInput input, CancellationToken cancellationToken);

    /// <summary>A valid input's values onto the entry.</summary>
    public abstract void Apply(TInput input, TEntity entry);

    /// <summary>An entry's translations are rows of their own: a change of them alone leaves the entry's row, and so its
    /// version, as it was, unless the entry is marked changed too, so that two editors' saves of them are told apart.</summary>
    protected static void VersionMovesWith(WsisDbContext db, TEntity entry, bool translationsChanged)
    {
        if (translationsChanged && db.Entry(entry).State == EntityState.Unchanged)
        {
            db.Entry(entry).Property(e => e.Version).IsModified = true;
        }
    }

    /// <summary>The form page's model.</summary>
    public abstract Task<object> PageAsync(TInput input, TEntity? entry, bool withPreview, ConflictViewModel? conflict, CancellationToken cancellationToken);

    /// <summary>The fields where the saved entry and the editor's input differ, as the conflict shows them.</summary>
    public abstract Task<IReadOnlyList<FieldDifference>> DifferencesAsync(TInput saved, TInput yours, CancellationToken cancellationToken);

    /// <summary>What the deletion would take along, and what prevents it.</summary>
    public abstract Task<(IReadOnlyList<string> Consequences, IReadOnlyList<string> Blockers)> DeletionAsync(TEntity entry, CancellationToken cancellationToken);
}
