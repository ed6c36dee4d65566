using System.ComponentModel.DataAnnotations;

namespace WsisEvents.Web.Areas.Admin.Models;

public sealed class OrganizationInputModel : IVersionedInput
{
    [Required(ErrorMessage = "An organization needs a name.")]
    [StringLength(FieldLengths.Name, ErrorMessage = "The name has at most {1} characters.")]
    public string Name { get; set; } = "";

    [StringLength(FieldLengths.Acronym, ErrorMessage = "The acronym has at most {1} characters.")]
    public string? Acronym { get; set; }

    [StringLength(FieldLengths.Slug, ErrorMessage = "The address has at most {1} characters.")]
    [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "The address may only have lower-case letters, digits and single hyphens.")]
    public string? Slug { get; set; }

    public OrganizationKind Kind { get; set; } = OrganizationKind.Other;

    public int? ParentId { get; set; }

    [StringLength(FieldLengths.Url, ErrorMessage = "The address has at most {1} characters.")]
    public string? Website { get; set; }

    public string? Description { get; set; }

    /// <summary>Other names and acronyms, one per line.</summary>
    [StringLength(10_000, ErrorMessage = "Too many aliases.")]
    public string? Aliases { get; set; }

    public List<TranslationInput> Translations { get; set; } = [];

    public int Version { get; set; }
}
