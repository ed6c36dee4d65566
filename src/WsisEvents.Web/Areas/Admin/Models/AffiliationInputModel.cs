using System.ComponentModel.DataAnnotations;

namespace WsisEvents.Web.Areas.Admin.Models;

public sealed class AffiliationInputModel : IVersionedInput
{
    [Required(ErrorMessage = "Choose the organization that holds the affiliation.")]
    public int? OrganizationId { get; set; }

    [Required(ErrorMessage = "Choose the organization it is affiliated with.")]
    public int? TargetOrganizationId { get; set; }

    public AffiliationKind Kind { get; set; }

    /// <summary>2010, 2008-05 or 2008-05-14; empty when the source gives no date.</summary>
    [StringLength(10)]
    public string? Since { get; set; }

    [StringLength(FieldLengths.SourceDocument, ErrorMessage = "At most {1} characters.")]
    public string? SourceDocument { get; set; }

    [StringLength(FieldLengths.SourceText, ErrorMessage = "At most {1} characters.")]
    public string? SourceText { get; set; }

    public List<TranslationInput> Translations { get; set; } = [];

    public int Version { get; set; }
}
