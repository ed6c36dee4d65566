using System.Text;
using System.Text.RegularExpressions;

namespace WsisEvents.Web.Import;

/// <summary>Reads a page in the format of ITU's WSIS meeting lists and lists like them: headings become categories,
/// each line that reads whole as a meeting is one (or one per session), the paragraphs under it are its
/// description. The line forms, the places and what is never a meeting are set out in
/// <c>SourcePageFormat.md</c> beside this file. Everything else (page header, navigation, footer, document lines,
/// dated lines that cannot be read whole) is skipped and reported with its line number and the reason; nothing is
/// dropped silently and no input makes it throw.</summary>
/// <param name="isKnownName">Whether the directory knows an organization by this name as written; it keeps
/// names with slashes or "and" in them together and finds a name run into the title ("UNDPGlobal …").</param>
/// <param name="places">Countries and the cities the catalog already places; the world's countries only when
/// not given.</param>
public sealed partial class SourcePageParser(Func<string, bool> isKnownName, PlaceDirectory? places = null)
{
    private const int MaxHeadingLength = 120;

    private const int MaxHeadingWords = 10;

    /// <summary>An unmarked line longer than this is a paragraph, not a meeting line or one that failed to read.</summary>
    private const int MaxPlainMeetingLineLength = 300;

    /// <summary>A meeting line longer than this is not one (the longest of the seed page has 240 characters);
    /// refusing it also keeps the parser's work per line small.</summary>
    public const int MaxMeetingLineLength = 1000;

    private readonly PlaceDirectory _places = places ?? PlaceDirectory.Default;

    // "go " on the ITU pages; a bullet, a dash or a number elsewhere.
    [GeneratedRegex(@"^(?:(?<go>go)(?:\s+|$)|(?<bullet>[•·▪◦‣►]\s*|[-*–—‐]\s+|[0-9]{1,3}[.)]\s+))", RegexOptions.CultureInvariant)]
    private static partial Regex ListMarker();

    // The dash between organizers and title has a space on at least one side; a hyphen inside a word
    // ("Asia-Pacific", "e-Business") has none.
    [GeneratedRegex(@"\s+[-‐‑–—−]+\s*|\s*[-‐‑–—−]+\s+", RegexOptions.CultureInvariant)]
    private static partial Regex TitleSeparator();

    [GeneratedRegex(@"^\s*[-‐‑–—−]+\s*", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingDash();

    // What stands between two dates, or two sessions, of one line: ", ", " and ", ", and ", "; ", " & ", perhaps
    // with a word for the next session ("; resumed 13-15 November").
    [GeneratedRegex(@"^\s*(?:,\s*and\b|,|;|\band\b|&)\s*(?:(?:resumed|reconvened|continued)(?:\s+(?:session|in|on))?\s*:?\s*)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateJoiner();

    [GeneratedRegex(@"""(?<q>[^""]{3,}?)""|“(?<q>[^”]{3,}?)”", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\s*\((?<q>[^()A-Z]*)\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingLowercaseQualifier();

    [GeneratedRegex(@"^(?:online|on-line|virtual|internet)\b(?:\s*\([^()]*\))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OnlinePlace();

    // A bracketed note after a place: "(postponed)", "[to be confirmed]", "(second session)".
    [GeneratedRegex(@"^\s*(?:\((?<note>[^()]*)\)|\[(?<note>[^\[\]]*)\])", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedNote();

    // A document of a meeting: its format in brackets or parentheses ("[PDF, English, 120 KB]", "(Word)"), its size,
    // or "in PDF format".
    [GeneratedRegex(@"[\[(][^\[\]()]*\b(?:PDF|DOCX?|Word|RTF|HTML?|PPTX?|XLSX?|ZIP)\b[^\[\]()]*[\])]|\b[0-9]+(?:[.,][0-9]+)?\s?(?:KB|kB|Kb|MB|Mb|bytes)\b|\bin\s+(?:PDF|Word|MS Word|RTF|HTML)\s+format\b", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentMention();

    // A date anywhere in a line, spelt with a month's name: the mark of a line that was meant to be a meeting.
    [GeneratedRegex(@"\b[0-9]{1,2}(?:st|nd|rd|th)?(?:\s*[-–—]\s*[0-9]{1,2})?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+[0-9]{1,4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex DateInText();

    // The label of a detail under a meeting ("Dates: 24-26 June 2004, Hammamet"), never a meeting's title.
    [GeneratedRegex(@"^(?:dates?|venue|place|location|when|where|time|held|deadline|registration|period|duration)(?:\s+(?:and|&)\s+(?:venue|place|location|dates?))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FieldLabel();

    [GeneratedRegex(@"^(?:top|back to top|print(?: this page)?|privacy(?: notices?| policy)?|terms of use|contact us|site ?map|(?:last )?updated\s*:.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FooterLine();

    public ParsedPage Parse(string text, string documentName)
    {
        var state = new ParseState();
        var blocks = Blocks(text).ToList();
        var lines = new List<SourceLine>();
        for (var b = 0; b < blocks.Count; b++)
        {
            for (var i = 0; i < blocks[b].Lines.Count; i++)
            {
                lines.Add(ReadSourceLine(blocks[b], i));
            }
        }

        for (var n = 0; n < lines.Count; n++)
        {
            var line = lines[n];
            if (IsFooter(line.Text))
            {
                state.CloseMeeting();
                state.Skip(line.Number, line.Text, "page footer or navigation bar");
            }
            else if (IsDocumentLine(line))
            {
                ReadDocumentLine(state, line);
            }
            else if (line.Reading is MeetingReading meeting && CanBeMeeting(line))
            {
                StartMeeting(state, line, meeting);
            }
            else if (line.Reading is Unreadable unreadable && ReportsUnreadable(line, state))
            {
                state.CloseMeeting();
                state.Skip(line.Number, line.Text, "unreadable meeting line: " + unreadable.Reason);
            }
            else if (line.Marker == Marker.Go)
            {
                state.CloseMeeting();
                state.Skip(line.Number, line.Text, "navigation line (a 'go' line without a date)");
            }
            else if (IsHeading(line, n + 1 < lines.Count ? lines[n + 1] : null))
            {
                state.CloseMeeting();
                if (state.PendingHeading is { } pending)
                {
                    state.Skip(pending.Line, pending.Text, "heading with no meetings under it");
                }

                if (!line.Indented)
                {
                    state.Warn(line.Number, line.Text, "read as a heading: a short line on its own, followed by a meeting");
                }

                state.PendingHeading = (line.Number, line.Body);
                state.SeenContent = true;
            }
            else if (state.Current is { } current)
            {
                current.AddDescriptionLine(line.Text.Trim(), startsParagraph: line.StartsBlock);
            }
            else
            {
                state.Skip(line.Number, line.Text, state.SeenContent ? "text outside any meeting" : "page header");
            }
        }

        state.CloseMeeting();
        if (state.PendingHeading is { } last)
        {
            state.Skip(last.Line, last.Text, "heading with no meetings under it");
        }

        return new ParsedPage(documentName, state.Meetings, state.Skipped, state.Warnings);
    }

    private SourceLine ReadSourceLine(Block block, int index)
    {
        var (number, text) = block.Lines[index];
        var trimmed = text.Trim();
        var marker = ListMarker().Match(trimmed);
        var kind = !marker.Success ? Marker.None : marker.Groups["go"].Success ? Marker.Go : Marker.Bullet;
        var body = trimmed[marker.Length..].Trim();
        return new SourceLine(number, text, body, kind, index == 0, char.IsWhiteSpace(text[0]), ReadMeetingLine(body, kind));
    }

    private static void StartMeeting(ParseState state, SourceLine line, MeetingReading reading)
    {
        state.CloseMeeting();
        if (state.PendingHeading is { } pendingHeading)
        {
            state.Category = CategoryName(pendingHeading.Text);
            state.PendingHeading = null;
        }

        state.SeenContent = true;
        foreach (var note in reading.Notes.Concat(reading.Sessions.SelectMany(SessionNotes)))
        {
            state.Warn(line.Number, line.Text, note);
        }

        state.Current = new MeetingBuilder(line.Number, line.Text.Trim(), state.Category, reading);
    }

    /// <summary>A document line under a meeting is one of its documents (<see cref="DocumentLineParser"/>); one
    /// outside any meeting, or one that gives no format or size that can be read, is reported.</summary>
    private static void ReadDocumentLine(ParseState state, SourceLine line)
    {
        if (state.Current is null)
        {
            state.Skip(line.Number, line.Text, "document line outside any meeting");
        }
        else if (DocumentLineParser.Parse(line.Number, line.Body) is { } document)
        {
            // The line as the page writes it, list marker and all, as a meeting's source line is kept.
            state.Current.AddDocument(document with { SourceText = line.Text.Trim() });
            foreach (var note in document.Notes)
            {
                state.Warn(line.Number, line.Text, note);
            }
        }
        else
        {
            state.Skip(line.Number, line.Text, "document line without a format or size that can be read");
        }
    }

    /// <summary>A line that names a document of a meeting ("Final Report [PDF, English, 120 KB]"): short, and
    /// giving a format or a size.</summary>
    private static bool IsDocumentLine(SourceLine line) =>
        line.Body.Length <= MaxPlainMeetingLineLength && DocumentMention().IsMatch(line.Body);

    /// <summary>A "go" or bulleted line that reads as a meeting is one; an unmarked line only if it is no sentence
    /// (a paragraph that happens to open with a date and a comma is description).</summary>
    private static bool CanBeMeeting(SourceLine line) =>
        line.Marker != Marker.None || (line.Body.Length <= MaxPlainMeetingLineLength && !line.Body.EndsWith('.'));

    /// <summary>A "go" line that fails to read is always reported; a bulleted one where it stands in a list (no
    /// description has started above it), an unmarked one only outside any meeting or right under a meeting line,
    /// since a paragraph under a meeting is more likely its text.</summary>
    private static bool ReportsUnreadable(SourceLine line, ParseState state) =>
        line.Marker == Marker.Go
        || (CanBeMeeting(line) && line.Marker == Marker.Bullet && state.Current?.HasDescription != true)
        || (CanBeMeeting(line) && line.Marker == Marker.None && (state.Current is null || (!line.StartsBlock && !state.Current.HasDescription)));

    /// <summary>The reading of a line's text without its list marker: a meeting, a dated line that cannot be read
    /// whole (with what was read and what is missing), or null for a line that does not try to be a meeting.</summary>
    private Reading? ReadMeetingLine(string body, Marker marker)
    {
        if (body.Length > MaxMeetingLineLength)
        {
            return marker == Marker.Go || DateInText().IsMatch(body)
                ? new Unreadable($"longer than {MaxMeetingLineLength:N0} characters")
                : null;
        }

        // Outside "go" lines a year alone, or a number that is no date ("2004-2005 archive"), opens sentences and
        // headings more often than meetings.
        var date = SourceDateParser.Parse(body);
        var plain = marker != Marker.Go;
        switch (date.Outcome)
        {
            case SourceDateParser.Outcome.Parsed when !plain || date.Span.Precision != DatePrecision.Year || body[date.Length..].TrimStart().StartsWith(','):
                return ReadDateFirst(body);
            case SourceDateParser.Outcome.Invalid when !plain || DateInText().IsMatch(body):
                return new Unreadable(date.Error!);
        }

        foreach (var colon in OrganizerListParser.TopLevelIndexes(body, ":"))
        {
            var after = body[(colon + 1)..];
            var dateAfter = SourceDateParser.Parse(after);
            if (colon > 0 && FieldLabel().IsMatch(body[..colon].Trim()))
            {
                return null;
            }

            if (colon > 0 && (dateAfter.Outcome == SourceDateParser.Outcome.Parsed || SourceDateParser.ParseWithoutYear(after) is not null))
            {
                return ReadTitleFirst(body[..colon].Trim(), after);
            }

            if (colon > 0 && dateAfter.Outcome == SourceDateParser.Outcome.Invalid && DateInText().IsMatch(after))
            {
                return new Unreadable($"read the title \"{body[..colon].Trim()}\"; {dateAfter.Error}");
            }
        }

        return DateInText().Match(body) is { Success: true } found
            ? new Unreadable($"a date (\"{found.Value}\") but neither the form DATES, PLACE … nor TITLE: DATES, PLACE …")
            : null;
    }

    /// <summary>DATES, PLACE, ORGANIZERS - TITLE (the seed form) or DATES, PLACE - ORGANIZERS - TITLE.</summary>
    private Reading ReadDateFirst(string body)
    {
        var notes = new List<string>();
        var date = SourceDateParser.Parse(body);
        var bare = body.TrimStart()[date.Length..].Trim();

        // "7-10 June 2005 (see follow-up meetings of the conference "Measuring …")": no place, no organizer,
        // only a remark in parentheses, taken as the title.
        if (bare.Length > 1 && bare.StartsWith('(') && bare.EndsWith(')') && !DocumentMention().IsMatch(bare))
        {
            var remark = bare[1..^1].Trim();
            if (remark.StartsWith("see ", StringComparison.OrdinalIgnoreCase))
            {
                remark = remark[4..].Trim();
            }

            notes.Add("no place or organizer given; the rest of the line is taken as the title");
            return Finish(remark, [new Session(date.Span, null, date.Disjoint)], [], notes);
        }

        if (ReadSessions(body, notes) is not { } read)
        {
            return new Unreadable(notes[^1]);
        }

        var tail = body[read.End..].Trim();
        if (read.Sessions.Count == 0 && TitleThenPlace(tail, notes) is { } titleThenPlace)
        {
            return Finish(titleThenPlace.Title, read.Pending.Select(d => new Session(d, titleThenPlace.Place, false)).ToList(), [], notes);
        }

        if (read.Sessions.Count == 0)
        {
            return new Unreadable($"read {DatesText(read.Pending)}; missing: the place, organizers and title");
        }

        string organizerText;
        string title;
        if (tail.StartsWith(',') || tail.StartsWith(';'))
        {
            if (read.Sessions[^1].Place is null)
            {
                notes.Add("no place given");
            }

            (organizerText, title) = SplitOrganizersFromTitle(tail[1..].Trim(), notes);
        }
        else if (tail.StartsWith(':'))
        {
            organizerText = "";
            title = tail[1..].Trim();
            notes.Add("a title after the place and a colon (DATES, PLACE: TITLE), no organizers");
        }
        else if (LeadingDash().Match(tail) is { Success: true } dash)
        {
            var parts = tail[dash.Length..].Trim();
            var separator = TopLevelSeparator(parts);
            if (separator is { } s)
            {
                organizerText = parts[..s.Index].Trim();
                title = parts[(s.Index + s.Length)..].Trim();
                notes.Add("place, organizers and title read from the dash form (DATES, PLACE - ORGANIZERS - TITLE)");
            }
            else
            {
                organizerText = "";
                title = parts;
                notes.Add("one part after the place and a dash: taken as the title, no organizers");
            }
        }
        else
        {
            return new Unreadable(tail.Length == 0
                ? $"read {DatesText(read.Sessions.Select(x => x.Dates))} and the place \"{PlaceText(read.Sessions[^1].Place)}\"; missing: the organizers and title"
                : $"read {DatesText(read.Sessions.Select(x => x.Dates))} and a place; \"{Shorten(tail)}\" after it is neither \", ORGANIZERS - TITLE\" nor \" - ORGANIZERS - TITLE\"");
        }

        var organizers = organizerText.Length == 0 ? [] : OrganizerListParser.Split(organizerText, isKnownName);
        return Finish(title, read.Sessions, organizers, notes);
    }

    /// <summary>": TITLE, PLACE" or " - TITLE, PLACE" after the dates: the place is the last part that reads whole
    /// as one ("Bamako (Mali)", "Bamako, Mali"), the title all before it.</summary>
    private (string Title, Place Place)? TitleThenPlace(string tail, List<string> notes)
    {
        var marker = tail.StartsWith(':') ? 1 : LeadingDash().Match(tail) is { Success: true } dash ? dash.Length : 0;
        if (marker == 0)
        {
            return null;
        }

        var rest = tail[marker..].Trim();
        foreach (var comma in OrganizerListParser.TopLevelIndexes(rest, ","))
        {
            var placeNotes = new List<string>();
            if (comma > 0 && ReadPlace(rest, comma + 1, placeNotes) is { } place && rest[place.End..].Trim().Length == 0)
            {
                notes.AddRange(placeNotes);
                notes.Add("the title before the place (DATES: TITLE, PLACE), no organizers");
                return (rest[..comma].Trim(), place.Place);
            }
        }

        return null;
    }

    /// <summary>TITLE: DATES, PLACE, optionally followed by ", ORGANIZERS" or " - ORGANIZERS", with one or more
    /// sessions.</summary>
    private Reading ReadTitleFirst(string title, string after)
    {
        var notes = new List<string>();
        if (ReadSessions(after, notes) is not { } read)
        {
            return new Unreadable($"read the title \"{title}\"; {notes[^1]}");
        }

        if (read.Sessions.Count == 0 || read.Sessions.Any(s => s.Place is null))
        {
            return new Unreadable($"read the title \"{title}\" and {DatesText(read.Pending.Concat(read.Sessions.Select(s => s.Dates)))}; missing: the place");
        }

        var tail = after[read.End..].Trim();
        var organizerText = "";
        if (tail.StartsWith(',') || tail.StartsWith(';'))
        {
            organizerText = tail[1..].Trim();
        }
        else if (LeadingDash().Match(tail) is { Success: true } dash)
        {
            organizerText = tail[dash.Length..].Trim();
        }
        else if (tail.Length > 0)
        {
            notes.Add($"text after the place not read: \"{Shorten(tail)}\"");
        }

        if (title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2)
        {
            notes.Add($"a bare label taken as the title (\"{title}\"); the heading above gives the category");
        }

        var organizers = organizerText.Length == 0 ? [] : OrganizerListParser.Split(organizerText, isKnownName);
        return Finish(title, read.Sessions, organizers, notes);
    }

    private static Reading Finish(string title, IReadOnlyList<Session> sessions, IReadOnlyList<string> organizers, List<string> notes)
    {
        title = CleanTitle(title, notes);
        if (title.Length == 0)
        {
            return new Unreadable($"read {DatesText(sessions.Select(s => s.Dates))}; missing: the title");
        }

        if (title.Length > FieldLengths.Title)
        {
            return new Unreadable($"a title longer than {FieldLengths.Title} characters");
        }

        if (organizers.FirstOrDefault(o => DateInText().IsMatch(o)) is { } dated)
        {
            return new Unreadable($"read {DatesText(sessions.Select(s => s.Dates))}; \"{Shorten(dated)}\" where the organizers stand has a date in it");
        }

        if (organizers.Any(o => o.Length > FieldLengths.Name))
        {
            return new Unreadable($"an organizer name longer than {FieldLengths.Name} characters");
        }

        if (sessions.Any(s => (s.Place?.City?.Length ?? 0) > FieldLengths.Place || (s.Place?.Country?.Length ?? 0) > FieldLengths.Place))
        {
            return new Unreadable($"a place name longer than {FieldLengths.Place} characters");
        }

        if (sessions.Count > 1)
        {
            notes.Add($"{sessions.Count} sessions in one line: one meeting each, linked to one another");
        }

        return new MeetingReading(title, sessions, organizers, notes);
    }

    /// <summary>Reads "DATES, PLACE", "DATES, PLACE and DATES, PLACE" or "DATES, DATES, and DATES, PLACE" from
    /// the start of <paramref name="text"/>. Null, with the reason as the last note, when a date cannot be read;
    /// otherwise the sessions with a place, the dates still without one, and where the rest begins.</summary>
    private SessionsRead? ReadSessions(string text, List<string> notes)
    {
        var sessions = new List<Session>();
        var pending = new List<(DateSpan Dates, bool Disjoint)>();
        var yearless = new List<SourceDateParser.Yearless>();
        var position = 0;
        while (true)
        {
            var rest = text[position..];
            var date = SourceDateParser.Parse(rest);
            var lead = rest.Length - rest.TrimStart().Length;
            if (date.Outcome == SourceDateParser.Outcome.Parsed)
            {
                foreach (var partial in yearless)
                {
                    if (partial.In(date.Span) is not { } resolved)
                    {
                        notes.Add("the dates before " + rest[lead..(lead + date.Length)] + " name a day that does not exist");
                        return null;
                    }

                    pending.Add((resolved, false));
                }

                yearless.Clear();
                pending.Add((date.Span, date.Disjoint));
                position += lead + date.Length;
            }
            else if (SourceDateParser.ParseWithoutYear(rest) is { } partial)
            {
                yearless.Add(partial);
                position += lead + partial.Length;
            }
            else if (date.Outcome == SourceDateParser.Outcome.Invalid)
            {
                notes.Add(date.Error!);
                return null;
            }
            else
            {
                break;
            }

            if (JoinsAnotherDate(text, position) is { } next)
            {
                position = next;
                continue;
            }

            if (yearless.Count > 0)
            {
                notes.Add($"no year is given for \"{Shorten(text[..position].Trim())}\"");
                return null;
            }

            var afterDates = text[position..].TrimStart();
            if (!afterDates.StartsWith(',') && !afterDates.StartsWith(';'))
            {
                break;
            }

            var placeStart = text.Length - afterDates.Length + 1;
            var place = ReadPlace(text, placeStart, notes);
            if (place is null)
            {
                break;
            }

            sessions.AddRange(pending.Select(p => new Session(p.Dates, place.Value.Place, p.Disjoint)));
            pending.Clear();
            position = place.Value.End;
            if (JoinsAnotherDate(text, position) is { } nextSession)
            {
                position = nextSession;
                continue;
            }

            break;
        }

        // Dates with no place of their own share the place of none: a line with dates only has no place.
        if (pending.Count > 0 && sessions.Count > 0)
        {
            notes.Add($"{DatesText(pending.Select(p => p.Dates))} after the last place have no place of their own");
            return null;
        }

        if (pending.Count > 0 && text[position..].TrimStart() is var after && (after.StartsWith(',') || after.StartsWith(';')))
        {
            // "DATES, ORGANIZERS - TITLE": no place; the caller reads the rest.
            sessions.AddRange(pending.Select(p => new Session(p.Dates, null, p.Disjoint)));
            pending.Clear();
        }

        return new SessionsRead(sessions, pending.Select(p => p.Dates).ToList(), position);
    }

    /// <summary>Where the next date of a list begins, if <paramref name="position"/> is followed by a joiner
    /// (", ", " and ", "; ") and a date.</summary>
    private static int? JoinsAnotherDate(string text, int position)
    {
        var joiner = DateJoiner().Match(text[position..]);
        if (!joiner.Success)
        {
            return null;
        }

        var next = text[(position + joiner.Length)..];
        return SourceDateParser.Parse(next).Outcome == SourceDateParser.Outcome.Parsed || SourceDateParser.ParseWithoutYear(next) is not null
            ? position + joiner.Length
            : null;
    }

    /// <summary>The place that starts at <paramref name="start"/>: "online", "City (Country)", "City, Country", a
    /// country alone, or a city alone (its country from the catalog when it knows one). A bracketed note after it
    /// is no part of it. Null when the text there is no place (an organizer the directory knows, a list of
    /// names).</summary>
    private (Place Place, int End)? ReadPlace(string text, int start, List<string> notes)
    {
        var rest = text[start..];
        var offset = start + (rest.Length - rest.TrimStart().Length);
        rest = rest.TrimStart();
        Place place;
        int end;
        if (OnlinePlace().Match(rest) is { Success: true } online)
        {
            place = new Place(null, null, true);
            end = offset + online.Length;
        }
        else
        {
            var pieceEnd = PlacePieceEnd(rest);
            var piece = rest[..pieceEnd].Trim();
            end = offset + pieceEnd;
            while (TrailingNote(piece) is { } withoutNote)
            {
                notes.Add($"a note in brackets after the place is no part of it: \"{piece[withoutNote.Length..].Trim()}\"");
                piece = withoutNote;
            }

            var open = piece.IndexOf('(', StringComparison.Ordinal);
            if (open > 0 && piece.EndsWith(')'))
            {
                place = new Place(piece[..open].Trim(), piece[(open + 1)..^1].Trim(), false);
            }
            else if (!LooksLikePlace(piece))
            {
                return null;
            }
            else if (rest[pieceEnd..].StartsWith(',') && rest[(pieceEnd + 1)..] is var more
                     && more[..PlacePieceEnd(more)].Trim() is var country && _places.IsCountry(country) && !_places.IsCountry(piece))
            {
                place = new Place(piece, country, false);
                end = offset + pieceEnd + 1 + PlacePieceEnd(more);
            }
            else if (_places.IsCountry(piece))
            {
                place = new Place(null, piece, false);
            }
            else if (_places.CountryOfCity(piece) is { } known)
            {
                place = new Place(piece, known, false);
                notes.Add($"the country of {piece} is not given: {known}, as the catalog's other meetings there have it");
            }
            else
            {
                place = new Place(piece, null, false);
                notes.Add($"the country of {piece} is not given, and the catalog has no meeting there: left empty");
            }
        }

        while (BracketedNote().Match(text[end..]) is { Success: true } note && !DocumentMention().IsMatch(note.Value))
        {
            notes.Add($"a note in brackets after the place is no part of it: \"{note.Value.Trim()}\"");
            end += note.Length;
        }

        return (place, end);
    }

    /// <summary>The place without its last parenthesized part, when that part is a note ("(postponed)",
    /// "(tbc)", "(2nd session)") rather than a country; null when there is none.</summary>
    private static string? TrailingNote(string piece)
    {
        if (!piece.EndsWith(')') || piece.LastIndexOf('(') is not (> 0 and var open))
        {
            return null;
        }

        var inner = piece[(open + 1)..^1].Trim();
        return inner.Length == 0 || !char.IsUpper(inner[0]) || inner.Any(char.IsDigit) ? piece[..open].Trim() : null;
    }

    /// <summary>Where the first part of a place ends: at a comma, semicolon, colon, dash separator, bracket or an
    /// "and" before another date, outside parentheses.</summary>
    private static int PlacePieceEnd(string text)
    {
        var topLevel = OrganizerListParser.TopLevelMap(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (!topLevel[i])
            {
                continue;
            }

            if (text[i] is ',' or ';' or ':' or '[')
            {
                return i;
            }

            if (char.IsWhiteSpace(text[i]) && (LeadingDash().IsMatch(text[i..]) || (JoinsAnotherDate(text, i) is not null && !text[i..].TrimStart().StartsWith(','))))
            {
                return i;
            }
        }

        return text.Length;
    }

    /// <summary>A few capitalized words without digits, slashes or a known organization's name.</summary>
    private bool LooksLikePlace(string piece)
    {
        var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 5
            && char.IsUpper(piece[0])
            && !piece.Any(c => char.IsDigit(c) || c is '/' or '"' or '“')
            && (!isKnownName(piece) || _places.IsCountry(piece));
    }

    private static Match? TopLevelSeparator(string text)
    {
        var topLevel = OrganizerListParser.TopLevelMap(text);
        return TitleSeparator().Matches(text).FirstOrDefault(m => topLevel[m.Index]);
    }

    private (string Organizers, string Title) SplitOrganizersFromTitle(string rest, List<string> notes)
    {
        if (TopLevelSeparator(rest) is { } separator)
        {
            return (rest[..separator.Index].Trim(), rest[(separator.Index + separator.Length)..].Trim());
        }

        var topLevel = OrganizerListParser.TopLevelMap(rest);

        // The source sometimes runs the title into the last organizer: "CODATA (ICSU)WSIS Session".
        for (var i = 1; i < rest.Length; i++)
        {
            if (rest[i - 1] == ')' && char.IsUpper(rest[i]) && topLevel[i])
            {
                notes.Add($"no separator between organizers and title; split after \"{rest[..i]}\"");
                return (rest[..i], rest[i..]);
            }
        }

        // … or "UNDPGlobal ICT Conference 2004": a name the directory knows, then a capital with no space.
        var lastSlash = OrganizerListParser.SplitTopLevel(rest, "/") is { Count: > 1 } parts
            ? rest.Length - parts[^1].Length
            : 0;
        var tail = rest[lastSlash..];
        for (var length = Math.Min(tail.Length - 1, FieldLengths.Name); length >= 2; length--)
        {
            if (char.IsUpper(tail[length]) && char.IsUpper(tail[length - 1]) && isKnownName(tail[..length]))
            {
                var cut = lastSlash + length;
                notes.Add($"no separator between organizers and title; split after \"{rest[..cut]}\"");
                return (rest[..cut], rest[cut..]);
            }
        }

        notes.Add("organizers could not be told from the title; the whole text is taken as the title");
        return ("", rest);
    }

    private static string CleanTitle(string title, List<string> notes)
    {
        title = Regex.Replace(title.Trim(), @"\s+", " ").TrimEnd(':', ' ');
        if (title.Length >= 2
            && ((title[0] == '"' && title[^1] == '"' && title.Count(c => c == '"') == 2)
                || (title[0] == '“' && title[^1] == '”' && title.Count(c => c == '“') == 1)))
        {
            title = title[1..^1].Trim();
        }

        if (title.Count(c => c == '“') > title.Count(c => c == '”'))
        {
            notes.Add("an opening quotation mark is not closed; closed at the end of the title");
            title += "”";
        }

        // The first letter of a title is a capital, even where the source let it slip ("“information Technologies").
        var first = title.IndexOf(title.FirstOrDefault(char.IsLetter));
        if (first >= 0 && char.IsLower(title[first]) && title[..first].All(c => !char.IsLetterOrDigit(c)))
        {
            title = string.Concat(title.AsSpan(0, first), char.ToUpperInvariant(title[first]).ToString(), title.AsSpan(first + 1));
        }

        return title;
    }

    private static IEnumerable<string> SessionNotes(Session session) => session.Disjoint
        ? [$"the days of {DatesText([session.Dates])} are not one run; stored as the span from the first to the last"]
        : [];

    private static string DatesText(IEnumerable<DateSpan> dates) =>
        "the dates " + string.Join(", ", dates.Select(d => d.Start == d.End ? d.StartIso : $"{d.StartIso} to {d.EndIso}"));

    private static string PlaceText(Place? place) =>
        place is null ? "" : place.Value.IsOnline ? "online" : string.Join(", ", new[] { place.Value.City, place.Value.Country }.Where(p => p is not null));

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";

    private static string CategoryName(string heading)
    {
        var name = heading.Trim().TrimEnd(':').Trim();
        var qualifier = TrailingLowercaseQualifier().Match(name);
        return qualifier.Success && qualifier.Index > 0 ? name[..qualifier.Index].Trim() : name;
    }

    /// <summary>A copyright line, a navigation bar ("basic information | first phase: Geneva | …") or one of the
    /// links that close a page ("Top", "Privacy Notices", "Updated : 2008-08-18"); a sentence that merely mentions
    /// copyright, or has one bar in it, is text.</summary>
    private static bool IsFooter(string line) =>
        line.Contains('©', StringComparison.Ordinal)
        || line.Split(" | ").Length >= 3
        || FooterLine().IsMatch(line.Trim());

    /// <summary>A heading is a short line without closing punctuation that the source marks by indenting it (the
    /// ITU pages indent headings with a no-break space), wherever it stands; or, unmarked, a short line that
    /// starts a paragraph and that a meeting line follows (pages copied from a browser: "Regional conferences",
    /// then a bulleted list).</summary>
    private static bool IsHeading(SourceLine line, SourceLine? next)
    {
        var text = line.Body;
        if (text.Length is < 3 or > MaxHeadingLength || !text.Any(char.IsLetter) || ".,;!?".Contains(text[^1], StringComparison.Ordinal))
        {
            return false;
        }

        if (line.Indented && line.Marker == Marker.None)
        {
            return text[^1] != ':';
        }

        return line.StartsBlock
            && char.IsUpper(text.First(char.IsLetterOrDigit))
            && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxHeadingWords
            && next is { Reading: MeetingReading } && CanBeMeeting(next);
    }

    private static IEnumerable<Block> Blocks(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var current = new List<(int, string)>();
        for (var i = 0; i < lines.Length; i++)
        {
            // A control character other than tab is not text: it is read as a space, so binary junk cannot turn
            // into a title.
            var line = new string(lines[i].Select(c => char.IsControl(c) && c != '\t' ? ' ' : c).ToArray());
            if (string.IsNullOrWhiteSpace(line))
            {
                if (current.Count > 0)
                {
                    yield return new Block(current);
                    current = [];
                }

                continue;
            }

            current.Add((i + 1, line.TrimEnd()));
        }

        if (current.Count > 0)
        {
            yield return new Block(current);
        }
    }

    private enum Marker
    {
        None,
        Go,
        Bullet,
    }

    private sealed record Block(List<(int Line, string Text)> Lines);

    /// <summary>A line of the page: its text as written, without its list marker, and what it reads as.</summary>
    private sealed record SourceLine(int Number, string Text, string Body, Marker Marker, bool StartsBlock, bool Indented, Reading? Reading);

    private abstract record Reading;

    private sealed record Unreadable(string Reason) : Reading;

    private sealed record MeetingReading(string Title, IReadOnlyList<Session> Sessions, IReadOnlyList<string> Organizers, IReadOnlyList<string> Notes) : Reading;

    private readonly record struct Place(string? City, string? Country, bool IsOnline);

    private sealed record Session(DateSpan Dates, Place? Place, bool Disjoint);

    private sealed record SessionsRead(IReadOnlyList<Session> Sessions, IReadOnlyList<DateSpan> Pending, int End);

    private sealed class MeetingBuilder(int line, string sourceText, string? category, MeetingReading reading)
    {
        private readonly StringBuilder _description = new();

        private readonly List<ParsedDocument> _documents = [];

        public bool HasDescription => _description.Length > 0;

        public void AddDescriptionLine(string text, bool startsParagraph)
        {
            if (_description.Length > 0)
            {
                _description.Append(startsParagraph ? "\n\n" : "\n");
            }

            _description.Append(text);
        }

        public void AddDocument(ParsedDocument document) => _documents.Add(document);

        /// <summary>The meeting, or one per session; the documents under a line of several sessions belong to its
        /// last, where a series ends with what it produced.</summary>
        public IEnumerable<ParsedMeeting> Build()
        {
            var description = _description.Length == 0 ? null : _description.ToString();
            var quoted = Quoted().Matches(sourceText + "\n" + description)
                .Select(m => m.Groups["q"].Value.Trim())
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            for (var i = 0; i < reading.Sessions.Count; i++)
            {
                var session = reading.Sessions[i];
                yield return new ParsedMeeting(line, sourceText, reading.Title, session.Dates, session.Place?.City, session.Place?.Country,
                    session.Place?.IsOnline ?? false, category, reading.Organizers, description, quoted,
                    [.. reading.Notes, .. SessionNotes(session)], i + 1, reading.Sessions.Count,
                    i == reading.Sessions.Count - 1 ? _documents : []);
            }
        }
    }

    private sealed class ParseState
    {
        public List<ParsedMeeting> Meetings { get; } = [];
        public List<SourceNote> Skipped { get; } = [];
        public List<SourceNote> Warnings { get; } = [];
        public MeetingBuilder? Current { get; set; }
        public string? Category { get; set; }
        public (int Line, string Text)? PendingHeading { get; set; }
        public bool SeenContent { get; set; }

        public void CloseMeeting()
        {
            if (Current is not null)
            {
                Meetings.AddRange(Current.Build());
                Current = null;
            }
        }

        public void Skip(int line, string text, string reason)
        {
            Skipped.Add(new SourceNote(line, text.Trim(), reason));
        }

        public void Warn(int line, string text, string message) => Warnings.Add(new SourceNote(line, text.Trim(), message));
    }
}
