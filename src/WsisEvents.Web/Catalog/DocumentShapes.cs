namespace WsisEvents.Web.Catalog;

// The shapes of outcome documents in the JSON API, on the pages and in the feeds.

public sealed record MeetingRefDto(string Slug, string Url, string Title);

/// <summary>One language of a document: its symbol in that language, where to get it (a link elsewhere or the
/// stored file here; null while neither is attached), and its format and size in bytes, as stored or as the
/// source states them.</summary>
public sealed record DocumentVersionDto(string Language, string? Symbol, string? Url, string? Format, long? Size)
{
    public bool IsAvailable => Url is not null;
}

public sealed record OutcomeDocumentDto(
    int Id,
    string Title,
    OutcomeKind Kind,
    string? Date,
    DatePrecision DatePrecision,
    string? Symbol,
    string? Summary,
    SourceDto Source,
    MeetingRefDto Meeting,
    IReadOnlyList<DocumentVersionDto> Languages);
