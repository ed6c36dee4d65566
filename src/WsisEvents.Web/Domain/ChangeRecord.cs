namespace WsisEvents.Web.Domain;

/// <summary>One create, update, delete or restore of an entry: who, when, and the entry's values before and after
/// (JSON snapshots, null where there is none), from which it can be restored.</summary>
public class ChangeRecord
{
    public long Id { get; set; }

    /// <summary>"Meeting", "Organization", "Affiliation", "Category", "Theme", or "Import".</summary>
    public required string EntityType { get; set; }
    public int EntityId { get; set; }

    /// <summary>What the entry was called at the time, for lists of changes.</summary>
    public required string EntityName { get; set; }
    public ChangeAction Action { get; set; }
    public string? UserId { get; set; }
    public required string UserName { get; set; }

    /// <summary>UTC.</summary>
    public DateTime At { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}

public enum ChangeAction
{
    Created = 0,
    Updated = 1,
    Deleted = 2,
    Restored = 3,
    Imported = 4,
}
