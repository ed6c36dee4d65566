using Microsoft.AspNetCore.Html;
using WsisEvents.Web.Catalog;

namespace WsisEvents.Web.ViewModels;

/// <summary>One language of an outcome as a reader sees it: the language, the version's symbol, the link (null while
/// nothing is attached: "not yet available"), and its format and size, which the view words in the reader's language
/// ("PDF, 245 KB").</summary>
public sealed record OutcomeVersionLine(string Language, string? Symbol, string? Url, string? Format, long? Size);

/// <summary>One outcome document, formatted for the meeting page and <c>/documents</c>. The kind stays a kind, which
/// the view words in the reader's language, so that the meeting page's model needs no localizer.</summary>
public sealed record OutcomeLine(
    string Title,
    OutcomeKind Kind,
    string? Date,
    string? IsoDate,
    string? Symbol,
    IHtmlContent? SummaryHtml,
    SourceDto Source,
    MeetingRefDto Meeting,
    IReadOnlyList<OutcomeVersionLine> Languages)
{
    public static OutcomeLine From(OutcomeDocumentDto d)
    {
        var date = PartialDates.TryParse(d.Date, out var parsed, out var precision) ? parsed : null;
        return new OutcomeLine(
            d.Title,
            d.Kind,
            date is { } day ? DateRangeText.Format(day, day, precision) : null,
            d.Date,
            d.Symbol,
            string.IsNullOrWhiteSpace(d.Summary) ? null : new HtmlString(MarkdownRenderer.ToHtml(d.Summary)),
            d.Source,
            d.Meeting,
            [.. d.Languages.Select(v => new OutcomeVersionLine(
                v.Language,
                v.Symbol,
                v.Url,
                v.Format,
                v.Size))]);
    }
}
