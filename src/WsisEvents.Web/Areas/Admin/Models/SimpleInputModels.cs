using System.ComponentModel.DataAnnotations;
using WsisEvents.Web.Data;
using WsisEvents.Web.Domain;

namespace WsisEvents.Web.Areas.Admin.Models;

public sealed class AffiliationInputModel
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

    public int Version { get; set; }
}

public sealed class CategoryInputModel
{
    [Required(ErrorMessage = "A category needs a name.")]
    [StringLength(FieldLengths.Name, ErrorMessage = "At most {1} characters.")]
    public string Name { get; set; } = "";

    [StringLength(FieldLengths.Slug, ErrorMessage = "At most {1} characters.")]
    [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "Only lower-case letters, digits and single hyphens.")]
    public string? Slug { get; set; }

    [Range(0, 10_000, ErrorMessage = "A number from 0 to 10,000.")]
    public int SortOrder { get; set; }

    public int Version { get; set; }
}

public sealed class ThemeInputModel
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

    public int Version { get; set; }
}

/// <summary>A simple form: its input, the entry's id when editing, choices for lists, and a conflict if any.</summary>
public sealed class FormViewModel<TInput>
{
    public required TInput Input { get; init; }
    public int? Id { get; init; }
    public IReadOnlyList<(int Id, string Label)> Organizations { get; init; } = [];
    public ConflictViewModel? Conflict { get; init; }

    public bool IsNew => Id is null;
}
