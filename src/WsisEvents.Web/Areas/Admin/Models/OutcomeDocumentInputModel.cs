using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using WsisEvents.Web.Documents;

namespace WsisEvents.Web.Areas.Admin.Models;

/// <summary>What the outcome document form posts (multipart, for its files). The date is text, in the format of its
/// precision, as on the meeting form.</summary>
public sealed class OutcomeDocumentInputModel : IVersionedInput
{
    public int MeetingId { get; set; }

    [Required(ErrorMessage = "A document needs a title.")]
    [StringLength(FieldLengths.Title, ErrorMessage = "The title has at most {1} characters.")]
    public string Title { get; set; } = "";

    public OutcomeKind Kind { get; set; } = OutcomeKind.Report;

    public DatePrecision DatePrecision { get; set; } = DatePrecision.Day;

    [StringLength(10, ErrorMessage = "Write the date as 2005-11-18, 2005-11 or 2005.")]
    public string? Date { get; set; }

    [StringLength(DocumentSymbol.MaxLength, ErrorMessage = "The symbol has at most {1} characters.")]
    public string? Symbol { get; set; }

    [StringLength(FieldLengths.Summary, ErrorMessage = "The summary has at most {1} characters.")]
    public string? Summary { get; set; }

    /// <summary>The document's language versions, then empty rows for adding one.</summary>
    public List<LanguageVersionInput> Languages { get; set; } = [];

    public int Version { get; set; }
}

/// <summary>One language version on the form: a link, or a file to upload (which replaces whatever the version had),
/// or neither (the version keeps its file, if it has one).</summary>
public sealed class LanguageVersionInput
{
    /// <summary>A tag of the list; for a version already saved, its own (the form does not change it).</summary>
    [StringLength(FieldLengths.Language)]
    public string? Language { get; set; }

    /// <summary>A language not in the list, as a BCP 47 tag.</summary>
    [StringLength(FieldLengths.Language, ErrorMessage = "A language tag has at most {1} characters.")]
    public string? OtherLanguage { get; set; }

    [StringLength(FieldLengths.Url, ErrorMessage = "The link has at most {1} characters.")]
    public string? Url { get; set; }

    public IFormFile? File { get; set; }

    /// <summary>The saved version's file name, carried for the comparison of a conflict; never saved from here.</summary>
    [StringLength(FieldLengths.FileName)]
    public string? FileName { get; set; }

    public bool Remove { get; set; }

    /// <summary>The language the row stands for, once checked.</summary>
    [BindNever]
    public string? Tag { get; set; }

    /// <summary>The uploaded file, once read and recognised.</summary>
    [BindNever]
    public ReceivedFile? Received { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Language) && string.IsNullOrWhiteSpace(OtherLanguage)
        && string.IsNullOrWhiteSpace(Url) && File is null;
}
