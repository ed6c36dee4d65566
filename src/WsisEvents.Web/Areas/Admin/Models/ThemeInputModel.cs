using System.ComponentModel.DataAnnotations;

namespace WsisEvents.Web.Areas.Admin.Models;

public sealed class ThemeInputModel : IVersionedInput
{
    [Required(ErrorMessage = "An Action Line needs its code.")]
    [RegularExpression("^C[0-9]{1,2}$", ErrorMessage = "A code is C and a number, such as C5.")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "An Action Line needs a name.")]
    [StringLength(FieldLengths.Name, ErrorMessage = "At most {1} characters.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "An Action Line needs an address.")]
    [StringLength(FieldLengths.Slug, ErrorMessage = "At most {1} characters.")]
    [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "Only lower-case letters, digits and single hyphens.")]
    public string Slug { get; set; } = "";

    [StringLength(FieldLengths.SourceText, ErrorMessage = "At most {1} characters.")]
    public string? Summary { get; set; }

    [Range(0, 10_000, ErrorMessage = "A number from 0 to 10,000.")]
    public int SortOrder { get; set; }

    /// <summary>The name and summary in each other language (Name is the name, Text the summary).</summary>
    public List<TranslationInput> Translations { get; set; } = [];

    public int Version { get; set; }
}
