namespace WsisEvents.Web.Import;

/// <summary>What the parser read from a source page: meetings, the lines it skipped and why, and the places
/// where it had to guess.</summary>
public sealed record ParsedPage(
    string DocumentName,
    IReadOnlyList<ParsedMeeting> Meetings,
    IReadOnlyList<SourceNote> Skipped,
    IReadOnlyList<SourceNote> Warnings);

/// <summary>A meeting as the source page gives it. Names and places are as written; corrections are the
/// importer's business.</summary>
public sealed record ParsedMeeting(
    int Line,
    string SourceText,
    string Title,
    DateSpan Dates,
    string? City,
    string? Country,
    bool IsOnline,
    string? Category,
    IReadOnlyList<string> Organizers,
    string? Description,
    IReadOnlyList<string> QuotedTitles);

/// <summary>A line of the source with what was done about it.</summary>
public sealed record SourceNote(int Line, string Text, string Reason);
