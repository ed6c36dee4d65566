using System.Text;
using System.Text.RegularExpressions;
using WsisEvents.Web.Data;

namespace WsisEvents.Web.Import;

/// <summary>Reads a page in the format of ITU's WSIS meeting lists: headings become categories, each "go" line
/// that starts with a date is a meeting ("go 7-9 July 2004, Geneva (Switzerland), ITU - Title"), the paragraphs
/// under it are its description. Everything else (page header, navigation, footer) is skipped and reported with
/// its line number; nothing is dropped silently and no input makes it throw.</summary>
/// <param name="isKnownName">Whether the directory knows an organization by this name as written; it keeps
/// names with slashes or "and" in them together and finds a name run into the title ("UNDPGlobal …").</param>
public sealed partial class SourcePageParser(Func<string, bool> isKnownName)
{
    private const int MaxHeadingLength = 120;

    /// <summary>A meeting line longer than this is not one (the longest of the seed page has 240 characters);
    /// refusing it also keeps the parser's work per line small.</summary>
    public const int MaxMeetingLineLength = 1000;

    [GeneratedRegex(@"^go\s+(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex GoLine();

    // The dash between organizers and title has a space on at least one side; a hyphen inside a word
    // ("Asia-Pacific", "e-Business") has none.
    [GeneratedRegex(@"\s+[-‐‑–—−]+\s*|\s*[-‐‑–—−]+\s+", RegexOptions.CultureInvariant)]
    private static partial Regex TitleSeparator();

    [GeneratedRegex(@"""(?<q>[^""]{3,}?)""|“(?<q>[^”]{3,}?)”", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\s*\((?<q>[^()A-Z]*)\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingLowercaseQualifier();

    [GeneratedRegex(@"^(online|on-line|virtual|internet)(\s*\(.*\))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OnlinePlace();

    public ParsedPage Parse(string text, string documentName)
    {
        var state = new ParseState();
        var blocks = Blocks(text).ToList();
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            for (var i = 0; i < block.Lines.Count; i++)
            {
                var (lineNumber, line) = block.Lines[i];
                var go = GoLine().Match(line.Trim());
                if (go.Success)
                {
                    ReadGoLine(state, lineNumber, line, go.Groups["rest"].Value);
                }
                else if (IsFooter(line))
                {
                    state.CloseMeeting();
                    state.Skip(lineNumber, line, "page footer or navigation bar");
                }
                else if (IsHeading(blocks, b, i, out var marked))
                {
                    state.CloseMeeting();
                    if (state.PendingHeading is { } pending)
                    {
                        state.Skip(pending.Line, pending.Text, "heading with no meetings under it");
                    }

                    if (!marked)
                    {
                        state.Warn(lineNumber, line, "read as a heading: a short line on its own, followed by a meeting");
                    }

                    state.PendingHeading = (lineNumber, line);
                    state.SeenContent = true;
                }
                else if (state.Current is { } meeting)
                {
                    meeting.AddDescriptionLine(line.Trim(), startsParagraph: i == 0);
                }
                else
                {
                    state.Skip(lineNumber, line, state.SeenContent ? "text outside any meeting" : "page header");
                }
            }
        }

        state.CloseMeeting();
        if (state.PendingHeading is { } last)
        {
            state.Skip(last.Line, last.Text, "heading with no meetings under it");
        }

        return new ParsedPage(documentName, state.Meetings, state.Skipped, state.Warnings);
    }

    private void ReadGoLine(ParseState state, int lineNumber, string line, string rest)
    {
        state.CloseMeeting();
        if (line.Length > MaxMeetingLineLength)
        {
            state.Skip(lineNumber, line, $"unreadable meeting line: longer than {MaxMeetingLineLength:N0} characters");
            return;
        }

        var date = SourceDateParser.Parse(rest);
        switch (date.Outcome)
        {
            case SourceDateParser.Outcome.NoDate:
                state.Skip(lineNumber, line, "navigation line (a 'go' line without a date)");
                return;
            case SourceDateParser.Outcome.Invalid:
                state.Skip(lineNumber, line, $"unreadable meeting line: {date.Error}");
                return;
        }

        if (state.PendingHeading is { } pendingHeading)
        {
            state.Category = CategoryName(pendingHeading.Text);
            state.PendingHeading = null;
        }

        state.SeenContent = true;
        var afterDate = rest.TrimStart()[date.Length..].Trim();
        var heading = ReadHeading(afterDate, lineNumber, state);
        if (heading is null || heading.Title.Length == 0)
        {
            state.Skip(lineNumber, line, "unreadable meeting line: no place, organizer or title after the date");
            return;
        }

        if (TooLong(heading) is { } problem)
        {
            state.Skip(lineNumber, line, "unreadable meeting line: " + problem);
            return;
        }

        state.Current = new MeetingBuilder(lineNumber, line.Trim(), date.Span, state.Category, heading);
    }

    private static string? TooLong(Heading heading) =>
        heading.Title.Length > FieldLengths.Title ? $"a title longer than {FieldLengths.Title} characters"
        : heading.Organizers.Any(o => o.Length > FieldLengths.Name) ? $"an organizer name longer than {FieldLengths.Name} characters"
        : (heading.City?.Length ?? 0) > FieldLengths.Place || (heading.Country?.Length ?? 0) > FieldLengths.Place
            ? $"a place name longer than {FieldLengths.Place} characters"
            : null;

    private Heading? ReadHeading(string afterDate, int lineNumber, ParseState state)
    {
        if (!afterDate.StartsWith(',') && !afterDate.StartsWith(';'))
        {
            // "7-10 June 2005 (see follow-up meetings of the conference "Measuring …")": no place, no organizer,
            // only a remark in parentheses. Anything else after a date without a comma is not a meeting line.
            var bare = afterDate.Trim();
            if (!bare.StartsWith('(') || !bare.EndsWith(')'))
            {
                return null;
            }

            bare = bare[1..^1].Trim();

            if (bare.StartsWith("see ", StringComparison.OrdinalIgnoreCase))
            {
                bare = bare[4..].Trim();
            }

            state.Warn(lineNumber, afterDate, "no place or organizer given; the rest of the line is taken as the title");
            return new Heading(CleanTitle(bare, lineNumber, state), null, null, false, []);
        }

        var body = afterDate[1..].Trim();
        var comma = OrganizerListParser.TopLevelIndexes(body, ",").DefaultIfEmpty(-1).First();
        string placeText;
        string rest;
        if (comma < 0)
        {
            placeText = "";
            rest = body;
            state.Warn(lineNumber, body, "no place given");
        }
        else
        {
            placeText = body[..comma].Trim();
            rest = body[(comma + 1)..].Trim();
        }

        var (city, country, online) = ReadPlace(placeText);
        var (organizerText, title) = SplitOrganizersFromTitle(rest, lineNumber, state);
        var organizers = organizerText.Length == 0 ? [] : OrganizerListParser.Split(organizerText, isKnownName);
        return new Heading(CleanTitle(title, lineNumber, state), city, country, online, organizers);
    }

    private static (string? City, string? Country, bool Online) ReadPlace(string place)
    {
        if (place.Length == 0)
        {
            return (null, null, false);
        }

        if (OnlinePlace().IsMatch(place))
        {
            return (null, null, true);
        }

        var open = place.IndexOf('(', StringComparison.Ordinal);
        if (open > 0 && place.EndsWith(')'))
        {
            return (place[..open].Trim(), place[(open + 1)..^1].Trim(), false);
        }

        // A place of one name ("Malta") is a country without a city.
        return (null, place, false);
    }

    private (string Organizers, string Title) SplitOrganizersFromTitle(string rest, int lineNumber, ParseState state)
    {
        var topLevel = OrganizerListParser.TopLevelMap(rest);
        foreach (Match separator in TitleSeparator().Matches(rest))
        {
            if (topLevel[separator.Index])
            {
                return (rest[..separator.Index].Trim(), rest[(separator.Index + separator.Length)..].Trim());
            }
        }

        // The source sometimes runs the title into the last organizer: "CODATA (ICSU)WSIS Session".
        for (var i = 1; i < rest.Length; i++)
        {
            if (rest[i - 1] == ')' && char.IsUpper(rest[i]) && topLevel[i])
            {
                state.Warn(lineNumber, rest, $"no separator between organizers and title; split after \"{rest[..i]}\"");
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
                state.Warn(lineNumber, rest, $"no separator between organizers and title; split after \"{rest[..cut]}\"");
                return (rest[..cut], rest[cut..]);
            }
        }

        state.Warn(lineNumber, rest, "organizers could not be told from the title; the whole text is taken as the title");
        return ("", rest);
    }

    private static string CleanTitle(string title, int lineNumber, ParseState state)
    {
        title = Regex.Replace(title.Trim(), @"\s+", " ");
        if (title.Length >= 2
            && ((title[0] == '"' && title[^1] == '"' && title.Count(c => c == '"') == 2)
                || (title[0] == '“' && title[^1] == '”' && title.Count(c => c == '“') == 1)))
        {
            title = title[1..^1].Trim();
        }

        if (title.Count(c => c == '“') > title.Count(c => c == '”'))
        {
            state.Warn(lineNumber, title, "an opening quotation mark is not closed; closed at the end of the title");
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

    private static string CategoryName(string heading)
    {
        var name = heading.Trim();
        var qualifier = TrailingLowercaseQualifier().Match(name);
        return qualifier.Success && qualifier.Index > 0 ? name[..qualifier.Index].Trim() : name;
    }

    /// <summary>A copyright line or a navigation bar ("basic information | first phase: Geneva | …"); a sentence
    /// that merely mentions copyright, or has one bar in it, is text.</summary>
    private static bool IsFooter(string line) =>
        line.Contains('©', StringComparison.Ordinal)
        || line.Split(" | ").Length >= 3;

    /// <summary>A heading is a short line without closing punctuation that the source marks by indenting it (the
    /// ITU pages indent headings with a no-break space), wherever it stands; or, unmarked, a short line on its own
    /// after two blank lines that a meeting line follows.</summary>
    private static bool IsHeading(List<Block> blocks, int blockIndex, int lineIndex, out bool marked)
    {
        var block = blocks[blockIndex];
        var line = block.Lines[lineIndex].Text;
        var text = line.Trim();
        marked = char.IsWhiteSpace(line[0]);
        if (text.Length is < 3 or > MaxHeadingLength || !text.Any(char.IsLetter) || ".,;:!?".Contains(text[^1], StringComparison.Ordinal))
        {
            return false;
        }

        return marked
            || (block.Lines.Count == 1 && block.BlankLinesBefore >= 2 && blockIndex + 1 < blocks.Count && StartsWithMeeting(blocks[blockIndex + 1]));
    }

    private static bool StartsWithMeeting(Block block)
    {
        var go = GoLine().Match(block.Lines[0].Text.Trim());
        return go.Success && SourceDateParser.Parse(go.Groups["rest"].Value).Outcome == SourceDateParser.Outcome.Parsed;
    }

    private static IEnumerable<Block> Blocks(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var current = new List<(int, string)>();
        var blanks = 0;
        var blanksBeforeCurrent = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            // A control character other than tab is not text: it is read as a space, so binary junk cannot turn
            // into a title.
            var line = new string(lines[i].Select(c => char.IsControl(c) && c != '\t' ? ' ' : c).ToArray());
            if (string.IsNullOrWhiteSpace(line))
            {
                if (current.Count > 0)
                {
                    yield return new Block(current, blanksBeforeCurrent);
                    current = [];
                    blanks = 0;
                }

                blanks++;
                continue;
            }

            if (current.Count == 0)
            {
                blanksBeforeCurrent = blanks;
            }

            current.Add((i + 1, line.TrimEnd()));
        }

        if (current.Count > 0)
        {
            yield return new Block(current, blanksBeforeCurrent);
        }
    }

    private sealed record Block(List<(int Line, string Text)> Lines, int BlankLinesBefore);

    private sealed record Heading(string Title, string? City, string? Country, bool IsOnline, IReadOnlyList<string> Organizers);

    private sealed class MeetingBuilder(int line, string sourceText, DateSpan dates, string? category, Heading heading)
    {
        private readonly StringBuilder _description = new();

        public void AddDescriptionLine(string text, bool startsParagraph)
        {
            if (_description.Length > 0)
            {
                _description.Append(startsParagraph ? "\n\n" : "\n");
            }

            _description.Append(text);
        }

        public ParsedMeeting Build()
        {
            var description = _description.Length == 0 ? null : _description.ToString();
            var quoted = Quoted().Matches(sourceText + "\n" + description)
                .Select(m => m.Groups["q"].Value.Trim())
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            return new ParsedMeeting(line, sourceText, heading.Title, dates, heading.City, heading.Country,
                heading.IsOnline, category, heading.Organizers, description, quoted);
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
                Meetings.Add(Current.Build());
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
