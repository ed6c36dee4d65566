namespace WsisEvents.Web.Import;

/// <summary>What the parser read from a source page: meetings, the lines it skipped and why, and the places
/// where it had to guess.</summary>
public sealed record ParsedPage(
    string DocumentName,
    IReadOnlyList<ParsedMeeting> Meetings,
    IReadOnlyList<SourceNote> Skipped,
    IReadOnlyList<SourceNote> Warnings);

/// <summary>A meeting as the source page gives it. Names and places are as written; corrections are the
/// importer's business. <paramref name="Notes"/> says what the parser was unsure of. A line that gives several
/// sessions ("PrepCom-3: 19-30 September 2005, Geneva (Switzerland) and 13-15 November 2005, Tunis (Tunisia)")
/// yields one meeting per session, each with its dates and place, numbered <paramref name="Session"/> of
/// <paramref name="SessionCount"/> and sharing the line and title. <paramref name="Documents"/> are the document
/// lines under it (its outcomes), on the last session of such a line.</summary>
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
    IReadOnlyList<string> QuotedTitles,
    IReadOnlyList<string> Notes,
    int Session,
    int SessionCount,
    IReadOnlyList<ParsedDocument> Documents);

/// <summary>A line of the source with what was done about it.</summary>
public sealed record SourceNote(int Line, string Text, string Reason);
