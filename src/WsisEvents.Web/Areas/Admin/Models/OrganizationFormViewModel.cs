using Microsoft.AspNetCore.Html;

namespace WsisEvents.Web.Areas.Admin.Models;

public sealed class OrganizationFormViewModel
{
    public required OrganizationInputModel Input { get; init; }
    public int? Id { get; init; }
    public string? PublicUrl { get; init; }
    public required IReadOnlyList<(int Id, string Label)> Parents { get; init; }
    public IHtmlContent? Preview { get; init; }
    public ConflictViewModel? Conflict { get; init; }

    public bool IsNew => Id is null;
}
