namespace WsisEvents.Web.Areas.Admin.Models;

/// <summary>A page of an admin list, with its search text.</summary>
public sealed record AdminPage<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize, string? Query)
{
    public int TotalPages => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));
}

/// <summary>One field of an entry whose saved value differs from what the editor submitted.</summary>
public sealed record FieldDifference(string Field, string? Saved, string? Yours);

/// <summary>Shown when someone else saved the entry while this editor was changing it.</summary>
public sealed record ConflictViewModel(string? ChangedBy, DateTime? ChangedAt, IReadOnlyList<FieldDifference> Differences);

/// <summary>What depends on an entry about to be deleted; <see cref="Blockers"/> prevent the deletion.</summary>
public sealed record DeleteViewModel(
    string EntityType, int Id, string Name, int Version, string ListUrl,
    IReadOnlyList<string> Consequences, IReadOnlyList<string> Blockers);
