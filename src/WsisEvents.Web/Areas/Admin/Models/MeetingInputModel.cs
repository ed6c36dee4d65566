using System.ComponentModel.DataAnnotations;

namespace WsisEvents.Web.Areas.Admin.Models;

/// <summary>What the meeting form posts. Dates are text so that their format can follow the chosen precision
/// (2005-04-15, 2005-04 or 2005) and a wrong one be explained next to the field.</summary>
public sealed class MeetingInputModel : IVersionedInput
{
    [Required(ErrorMessage = "A meeting needs a title.")]
    [StringLength(FieldLengths.Title, ErrorMessage = "The title has at most {1} characters.")]
    public string Title { get; set; } = "";

    [StringLength(FieldLengths.Slug, ErrorMessage = "The address has at most {1} characters.")]
    [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "The address may only have lower-case letters, digits and single hyphens.")]
    public string? Slug { get; set; }

    public DatePrecision DatePrecision { get; set; } = DatePrecision.Day;

    [Required(ErrorMessage = "Give the first day (or month, or year).")]
    [StringLength(10)]
    public string Start { get; set; } = "";

    [StringLength(10)]
    public string? End { get; set; }

    [StringLength(FieldLengths.Place, ErrorMessage = "At most {1} characters.")]
    public string? City { get; set; }

    [StringLength(FieldLengths.Place, ErrorMessage = "At most {1} characters.")]
    public string? Country { get; set; }

    [StringLength(FieldLengths.Venue, ErrorMessage = "At most {1} characters.")]
    public string? Venue { get; set; }

    public bool IsOnline { get; set; }

    [StringLength(FieldLengths.Url, ErrorMessage = "The website has at most {1} characters.")]
    public string? Website { get; set; }

    [Required(ErrorMessage = "Choose a category.")]
    public int? CategoryId { get; set; }

    public string? Description { get; set; }

    /// <summary>Organizers in order, one per slot; empty slots are ignored.</summary>
    public List<int?> OrganizerIds { get; set; } = [];

    [StringLength(FieldLengths.Name, ErrorMessage = "At most {1} characters.")]
    public string? NewOrganizationName { get; set; }

    [StringLength(FieldLengths.Acronym, ErrorMessage = "At most {1} characters.")]
    public string? NewOrganizationAcronym { get; set; }

    public OrganizationKind NewOrganizationKind { get; set; } = OrganizationKind.Other;

    public List<int> ThemeIds { get; set; } = [];

    /// <summary>The title and description in each other language (Name is the title, Text the description).</summary>
    public List<TranslationInput> Translations { get; set; } = [];

    public int Version { get; set; }
}
