using System.Security.Claims;

namespace WsisEvents.Web.Editing;

/// <summary>What the editing kernel needs to know of one kind of entry: what its history records are filed under,
/// what they hold, and which of its collections belong to it (loaded with it, snapshotted with it).</summary>
/// <param name="entityType">What its change records are filed under (<see cref="ChangeHistory.EntityTypes"/>).</param>
public abstract class EntryKind<T>(string entityType)
    where T : class, IVersioned
{
    public string EntityType => entityType;

    /// <summary>The navigation collections that are part of the entry (a meeting's organizers, an organization's aliases).</summary>
    public virtual IReadOnlyList<string> Links => [];

    /// <summary>What is loaded with the entry for a save or a page: its links, and what its snapshot reads through
    /// them (a document's language versions with their files' SHA-256).</summary>
    public virtual IReadOnlyList<string> Includes => Links;

    /// <summary>A save that can fail on a unique index (a clash with another entry) rather than on the version.</summary>
    public virtual bool SaveMayClash => false;

    /// <summary>A delete that the database can refuse, because a row came to refer to the entry meanwhile.</summary>
    public virtual bool DeleteMayBeRefused => false;

    /// <summary>The name its change records show.</summary>
    public abstract Task<string> NameAsync(T entry, CancellationToken cancellationToken);

    public abstract object Snapshot(T entry);

    /// <summary>Records the deletion of what goes with the entry when it is deleted.</summary>
    public virtual Task RecordCascadeAsync(ClaimsPrincipal user, T entry, ChangeHistory history, CancellationToken cancellationToken) => Task.CompletedTask;
}

public enum SaveResult
{
    Saved,

    /// <summary>Someone else saved the entry after the editor opened it; nothing was saved.</summary>
    Conflict,

    /// <summary>Someone else deleted the entry after the editor opened it; nothing was saved.</summary>
    Gone,

    /// <summary>A unique index refused the save; nothing was saved.</summary>
    Clash,
}

/// <summary>A save's outcome; on a conflict, the entry as it is saved now and the change record that saved it.</summary>
public sealed record SaveOutcome<T>(SaveResult Result, string Name, T? Theirs = null, ChangeRecord? Latest = null)
    where T : class;

public enum DeleteResult
{
    Deleted,

    /// <summary>Someone else saved the entry after the editor looked at it; it was not deleted.</summary>
    ChangedMeanwhile,

    /// <summary>The database refused: a row refers to the entry now; it was not deleted.</summary>
    Refused,
}

/// <summary>Saves an entry the way every admin form does: against the version the editor started from, with its
/// history record in the same transaction, and with the outcome told apart (saved, someone else's save, a clash).</summary>
public sealed class EntryEditor(WsisDbContext db, ChangeHistory history)
{
    /// <summary>The entry with its links, tracked (for a save) or not (for a page).</summary>
    public Task<T?> FindAsync<T>(EntryKind<T> kind, int id, CancellationToken cancellationToken, bool tracked = true)
        where T : class, IVersioned
    {
        var entries = tracked ? db.Set<T>() : db.Set<T>().AsNoTracking();
        foreach (var include in kind.Includes)
        {
            entries = entries.Include(include);
        }

        return entries.FirstOrDefaultAsync(e => EF.Property<int>(e, "Id") == id, cancellationToken);
    }

    public async Task<string> CreateAsync<T>(ClaimsPrincipal user, EntryKind<T> kind, T entry, CancellationToken cancellationToken)
        where T : class, IVersioned
    {
        db.Add(entry);
        var name = await kind.NameAsync(entry, cancellationToken);
        await history.SaveCreatedAsync(user, kind.EntityType, entry, IdOf, _ => name, kind.Snapshot, cancellationToken);
        return name;
    }

    /// <summary>Applies the editor's changes to a tracked entry and saves them, if the entry is still at
    /// <paramref name="version"/>.</summary>
    public async Task<SaveOutcome<T>> UpdateAsync<T>(
        ClaimsPrincipal user, EntryKind<T> kind, T entry, int version, Action<T> apply, CancellationToken cancellationToken)
        where T : class, IVersioned
    {
        var before = kind.Snapshot(entry);
        var tracked = db.Entry(entry);
        tracked.Property(e => e.Version).OriginalValue = version;
        apply(entry);

        // Changing only an entry's links leaves its row unchanged; touching it still checks and bumps its version.
        tracked.State = EntityState.Modified;
        var name = await kind.NameAsync(entry, cancellationToken);
        history.Record(user, kind.EntityType, IdOf(entry), name, ChangeAction.Updated, before, kind.Snapshot(entry));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new SaveOutcome<T>(SaveResult.Saved, name);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            return await ConflictAsync(kind, entry, name, exception, cancellationToken);
        }
        catch (DbUpdateException) when (kind.SaveMayClash)
        {
            return new SaveOutcome<T>(SaveResult.Clash, name);
        }
    }

    public async Task<DeleteResult> DeleteAsync<T>(ClaimsPrincipal user, EntryKind<T> kind, T entry, int version, string name, CancellationToken cancellationToken)
        where T : class, IVersioned
    {
        await kind.RecordCascadeAsync(user, entry, history, cancellationToken);
        db.Entry(entry).Property(e => e.Version).OriginalValue = version;
        history.Record(user, kind.EntityType, IdOf(entry), name, ChangeAction.Deleted, kind.Snapshot(entry), null);
        db.Remove(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return DeleteResult.Deleted;
        }
        catch (DbUpdateConcurrencyException)
        {
            return DeleteResult.ChangedMeanwhile;
        }
        catch (DbUpdateException) when (kind.DeleteMayBeRefused)
        {
            return DeleteResult.Refused;
        }
    }

    /// <summary>The key every entry has, read through the model.</summary>
    private int IdOf<T>(T entry)
        where T : class => db.Entry(entry).Property<int>("Id").CurrentValue;

    /// <summary>The entry as the database holds it now, read from the entry that failed the version check, with its
    /// links; none when it was deleted meanwhile.</summary>
    private async Task<SaveOutcome<T>> ConflictAsync<T>(EntryKind<T> kind, T entry, string name, DbUpdateConcurrencyException exception, CancellationToken cancellationToken)
        where T : class, IVersioned
    {
        var stale = exception.Entries.FirstOrDefault(e => ReferenceEquals(e.Entity, entry)) ?? db.Entry(entry);
        var values = await stale.GetDatabaseValuesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        if (values is null)
        {
            return new SaveOutcome<T>(SaveResult.Gone, name);
        }

        var theirs = (T)values.ToObject();
        db.Attach(theirs);
        foreach (var link in kind.Links)
        {
            await db.Entry(theirs).Collection(link).LoadAsync(cancellationToken);
        }

        var latest = await history.LatestAsync(kind.EntityType, IdOf(theirs), cancellationToken);
        return new SaveOutcome<T>(SaveResult.Conflict, name, theirs, latest);
    }
}
