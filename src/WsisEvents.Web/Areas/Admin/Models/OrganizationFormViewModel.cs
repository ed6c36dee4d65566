namespace WsisEvents.Web.Areas.Admin.Models;

public sealed class OrganizationFormViewModel : EntryFormViewModel<OrganizationInputModel>
{
    public required IReadOnlyList<(int Id, string Label)> Parents { get; init; }
}
