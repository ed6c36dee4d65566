using System.ComponentModel.DataAnnotations;

namespace WsisEvents.Web.Areas.Admin.Models;

public sealed class CategoryInputModel : IVersionedInput
{
    [Required(ErrorMessage = "A category needs a name.")]
    [StringLength(FieldLengths.Name, ErrorMessage = "At most {1} characters.")]
    public string Name { get; set; } = "";

    [StringLength(FieldLengths.Slug, ErrorMessage = "At most {1} characters.")]
    [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "Only lower-case letters, digits and single hyphens.")]
    public string? Slug { get; set; }

    [Range(0, 10_000, ErrorMessage = "A number from 0 to 10,000.")]
    public int SortOrder { get; set; }

    public List<TranslationInput> Translations { get; set; } = [];

    public int Version { get; set; }
}
