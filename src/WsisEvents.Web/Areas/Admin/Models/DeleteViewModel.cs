namespace WsisEvents.Web.Areas.Admin.Models;

/// <summary>What depends on an entry about to be deleted; <see cref="Blockers"/> prevent the deletion.</summary>
public sealed record DeleteViewModel(
    string EntityType, int Id, string Name, int Version, string ListUrl,
    IReadOnlyList<string> Consequences, IReadOnlyList<string> Blockers);
