namespace WsisEvents.Web.Areas.Admin.Models;

/// <summary>One field of an entry whose saved value differs from what the editor submitted.</summary>
public sealed record FieldDifference(string Field, string? Saved, string? Yours)
{
    /// <summary>The fields whose two values differ, an empty value being the same as none.</summary>
    public static IReadOnlyList<FieldDifference> Between(params (string Field, string? Saved, string? Yours)[] fields) =>
        fields.Where(f => !string.Equals(f.Saved ?? "", f.Yours ?? "", StringComparison.Ordinal))
            .Select(f => new FieldDifference(f.Field, f.Saved, f.Yours))
            .ToList();
}

/// <summary>Shown when someone else saved the entry while this editor was changing it.</summary>
public sealed record ConflictViewModel(string? ChangedBy, DateTime? ChangedAt, IReadOnlyList<FieldDifference> Differences);
