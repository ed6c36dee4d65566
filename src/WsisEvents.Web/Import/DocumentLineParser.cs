using System.Globalization;
using System.Text.RegularExpressions;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Documents;

namespace WsisEvents.Web.Import;

/// <summary>Reads a document line under a meeting ("Final report (PDF, 245 KB) English", "Chairman's Report [Word 97 -
/// 120 KB] - E/F/S", "Report: English [PDF, 120 KB] | French [PDF, 131 KB]") into a title, a kind guessed from the
/// title, and its language versions with the format and size each is given. The title is what comes before the
/// first bracket that names a format, a size or a language, before a size, or before a separator followed by a
/// language; what follows is read as groups of languages and of what is said of them, each group a run of
/// languages and a run of formats and sizes in either order ("English [PDF]", "(PDF) English"). The forms are set
/// out in <c>SourcePageFormat.md</c>.</summary>
public static partial class DocumentLineParser
{
    /// <summary>The language of a document line that names none: ITU's pages are in English, and so are lists copied
    /// from them.</summary>
    public const string DefaultLanguage = "en";

    /// <summary>A stated size above this (a terabyte) is no document's: a number misread.</summary>
    private const decimal MaxStatedBytes = 1024m * 1024 * 1024 * 1024;

    // A format as a page writes it: "PDF", "Word 97", "MS Word", "PowerPoint", "DOCX"…
    [GeneratedRegex(@"\b(?:PDF|DOCX?|(?:MS[ -]?)?Word(?:\s?(?:95|97|98|2000|2002|2003|2007|6(?:\.0)?|XP))?|RTF|HTML?|PPTX?|(?:MS[ -]?)?PowerPoint|XLSX?|Excel|ZIP|ODT|TXT|Acrobat)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Format();

    [GeneratedRegex(@"\b(?<n>[0-9]{1,7}(?:[.,][0-9]{1,3})?)\s?(?<u>KB|kB|Kb|kb|K[Oo]|MB|Mb|mb|M[Oo]|GB|bytes|octets)(?![A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Size();

    [GeneratedRegex(@"\bin\s+(?<f>PDF|Word|MS Word|RTF|HTML|PowerPoint)\s+format\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InFormat();

    [GeneratedRegex(@"[\[(](?<c>[^\[\]()]*)[\])]", RegexOptions.CultureInvariant)]
    private static partial Regex Bracket();

    // The letters the United Nations mark its language versions with: A(rabic), C(hinese), E(nglish), F(rench),
    // R(ussian), S(panish), alone or in a list ("E/F/S", "E, F, S", "A C E F R S").
    [GeneratedRegex(@"(?<![\p{L}\p{N}/.-])[ACEFRS](?:(?:\s*[/,]\s*|\s+)[ACEFRS])*(?![\p{L}\p{N}/.-])", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageLetters();

    // A separator between the title and what follows it: a spaced dash, a colon, a comma or a bar.
    [GeneratedRegex(@"(?:\s+[-–—]+|\s*[:,|;])\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingSeparator();

    [GeneratedRegex(@"\s*[:,]\s*|\s+[-–—]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex DateSeparator();

    /// <summary>The words of a title that say its kind, the first that matches winning: "Chairman's report" is a chair's
    /// summary before it is a report.</summary>
    private static readonly (OutcomeKind Kind, Regex Words)[] KindWords =
    [
        (OutcomeKind.ChairsSummary, Words(@"\bchair(?:man|woman|person)?(?:'s|’s)?\s+(?:summary|report|statement|conclusions)\b|\bsummary\s+(?:by|of)\s+the\s+chair")),
        (OutcomeKind.Declaration, Words(@"\bdeclarations?\b")),
        (OutcomeKind.Recommendations, Words(@"\brecommendations?\b")),
        (OutcomeKind.AgendaForAction, Words(@"\b(?:agenda|plan|programme|program)\s+(?:for|of)\s+action\b|\baction\s+plan\b")),
        (OutcomeKind.Presentation, Words(@"\b(?:presentations?|slides)\b")),
        (OutcomeKind.Report, Words(@"\b(?:report|proceedings|summary|minutes|conclusions)\b")),
    ];

    /// <summary>Language names in English and as the UN's French and Spanish pages write them.</summary>
    private static readonly Dictionary<string, string> LanguageNames = BuildLanguageNames();

    private static readonly Regex LanguageNamePattern = new(
        @"(?<![\p{L}-])(?:" + string.Join('|', LanguageNames.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + @")(?![\p{L}-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The document <paramref name="body"/> names (the line without its list marker), or null if it names
    /// no format and no size (then it is no document line).</summary>
    public static ParsedDocument? Parse(int line, string body)
    {
        body = body.Trim();
        var start = TailStart(body);
        if (start is null)
        {
            return null;
        }

        var notes = new List<string>();
        var title = TrailingSeparator().Replace(body[..start.Value].Trim(), "").Trim().TrimEnd('-', '–', '—', ':', ',', '|', ';').Trim();
        var tail = body[start.Value..];
        var versions = Versions(tail);
        if (versions.Count == 0)
        {
            return null;
        }

        var issued = IssuedDate(ref title);
        if (title.Length == 0)
        {
            title = "Document";
            notes.Add("the document line gives no title; called \"Document\"");
        }

        if (versions.Any(v => v.Language is null))
        {
            notes.Add($"no language stated; taken as {LanguageTags.NameOf(DefaultLanguage)}, the language of the page");
        }

        var merged = versions
            .GroupBy(v => v.Language ?? DefaultLanguage, StringComparer.Ordinal)
            .Select(g => new ParsedDocumentVersion(
                g.Key,
                FormatsText(g.SelectMany(v => v.Formats)),
                g.Select(v => v.Size).FirstOrDefault(s => s is not null)))
            .ToList();
        return new ParsedDocument(line, body, title, KindOf(title), issued, merged, notes);
    }

    /// <summary>A date that ends the title after a colon, a comma or a dash ("Chairman's summary: 5 May 2004",
    /// "Report, April 2005") is the document's, and no part of its title; a span of days is not (a meeting's dates,
    /// more likely).</summary>
    private static DateSpan? IssuedDate(ref string title)
    {
        foreach (Match separator in DateSeparator().Matches(title).Reverse())
        {
            var rest = title[(separator.Index + separator.Length)..].Trim();
            var read = SourceDateParser.Parse(rest);
            if (read.Outcome == SourceDateParser.Outcome.Parsed && read.Length == rest.Length
                && (read.Span.Start == read.Span.End || read.Span.Precision != DatePrecision.Day))
            {
                title = title[..separator.Index].Trim();
                return read.Span;
            }
        }

        return null;
    }

    /// <summary>The formats of one version as written, joined by commas, as many as the column holds.</summary>
    private static string? FormatsText(IEnumerable<string> formats)
    {
        var text = "";
        foreach (var format in formats.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var longer = text.Length == 0 ? format : text + ", " + format;
            if (longer.Length > FieldLengths.StatedFormat)
            {
                break;
            }

            text = longer;
        }

        return text.Length == 0 ? null : text;
    }

    /// <summary>The kind a title says: a chair's summary, a declaration, recommendations, an agenda for action, a
    /// presentation, a report; any other document is "other".</summary>
    public static OutcomeKind KindOf(string title) =>
        KindWords.FirstOrDefault(k => k.Words.IsMatch(title)) is { Words: not null } match ? match.Kind : OutcomeKind.Other;

    private static Regex Words(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));

    /// <summary>Bytes from a size as written: a kilobyte is 1,024 bytes, as the pages of the time counted; "1,2 MB"
    /// (a decimal comma) is 1.2 MB, "1,200 KB" (a thousands comma) 1,200 KB.</summary>
    public static long? Bytes(string number, string unit)
    {
        var text = number.Contains(',', StringComparison.Ordinal)
            ? number.Length - number.IndexOf(',', StringComparison.Ordinal) == 4 ? number.Replace(",", "", StringComparison.Ordinal) : number.Replace(',', '.')
            : number;
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var factor = unit.ToUpperInvariant() switch
        {
            "KB" or "KO" => 1024m,
            "MB" or "MO" => 1024m * 1024,
            "GB" => 1024m * 1024 * 1024,
            _ => 1m,
        };
        var bytes = value * factor;
        return bytes >= 1 && bytes <= MaxStatedBytes ? (long)Math.Round(bytes) : null;
    }

    /// <summary>Where what is said of the versions starts: the first bracket that names a format, a size or a
    /// language, a size or "in PDF format" outside brackets, or a separator followed by a language.</summary>
    private static int? TailStart(string body)
    {
        var candidates = new List<int>();
        foreach (Match bracket in Bracket().Matches(body))
        {
            var content = bracket.Groups["c"].Value;
            if (Format().IsMatch(content) || Size().IsMatch(content) || IsOnlyLanguages(content))
            {
                candidates.Add(bracket.Index);
                break;
            }
        }

        var outside = Bracket().Replace(body, m => new string(' ', m.Length));
        if (Size().Match(outside) is { Success: true } size)
        {
            candidates.Add(size.Index);
        }

        if (InFormat().Match(outside) is { Success: true } inFormat)
        {
            candidates.Add(inFormat.Index);
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        var end = candidates.Min();
        // A language named after a separator, before the formats ("Final report - English (PDF, 245 KB)").
        foreach (var language in LanguageMentions(outside[..end]))
        {
            if (language.Index > 0 && TrailingSeparator().IsMatch(outside[..language.Index]))
            {
                return language.Index;
            }
        }

        return end;
    }

    private static IEnumerable<Match> LanguageMentions(string text) =>
        LanguageName().Matches(text).Concat(LanguageLetters().Matches(text)).OrderBy(m => m.Index);

    private static Regex LanguageName() => LanguageNamePattern;

    /// <summary>Bracket content that is nothing but languages ("(E/F/S)", "[English, French]").</summary>
    private static bool IsOnlyLanguages(string content)
    {
        if (!LanguageName().IsMatch(content) && !LanguageLetters().IsMatch(content))
        {
            return false;
        }

        var rest = LanguageLetters().Replace(LanguageName().Replace(content, " "), " ");
        return !rest.Any(char.IsLetterOrDigit);
    }

    /// <summary>The versions the text after the title describes, one per group (see the class), each with its
    /// language (null when the line names none).</summary>
    private static List<RawVersion> Versions(string tail)
    {
        var items = new List<Item>();
        var position = 0;
        foreach (Match bracket in Bracket().Matches(tail))
        {
            items.AddRange(ItemsOf(tail[position..bracket.Index], position, inBracket: false));
            items.AddRange(ItemsOf(bracket.Groups["c"].Value, bracket.Index, inBracket: true));
            position = bracket.Index + bracket.Length;
        }

        items.AddRange(ItemsOf(tail[position..], position, inBracket: false));

        var groups = new List<RawVersionGroup>();
        RawVersionGroup? current = null;
        foreach (var item in items.OrderBy(i => i.Position))
        {
            var isLanguage = item.Languages.Count > 0;
            if (current is null || (current.HasLanguages && current.HasInfo && current.LastWasLanguage != isLanguage) || item.WholeGroup || current.Closed)
            {
                current = new RawVersionGroup();
                groups.Add(current);
            }

            current.Add(item, isLanguage);
        }

        // What is said of no language belongs to the languages named next to it ("in PDF format (English, 1.2 MB)"):
        // to the next group that names languages, or else the one before.
        if (groups.Any(g => g.HasLanguages))
        {
            for (var i = 0; i < groups.Count; i++)
            {
                if (!groups[i].HasLanguages)
                {
                    var owner = groups.Skip(i + 1).FirstOrDefault(g => g.HasLanguages) ?? groups.Take(i).Last(g => g.HasLanguages);
                    owner.Absorb(groups[i]);
                }
            }

            groups.RemoveAll(g => !g.HasLanguages);
        }

        var versions = new List<RawVersion>();
        foreach (var group in groups.Where(g => g.HasInfo || g.HasLanguages))
        {
            var languages = group.Languages.Count > 0 ? group.Languages.Cast<string?>().ToList() : [null];
            versions.AddRange(languages.Select(language => new RawVersion(language, group.Formats, group.Size)));
        }

        // A line that names a format or a size somewhere: without them it is no document.
        return groups.Any(g => g.HasInfo) ? versions : [];
    }

    /// <summary>The formats, sizes and languages in one stretch of the text after the title, in order; a bracket is
    /// one item holding all it names.</summary>
    private static IEnumerable<Item> ItemsOf(string text, int offset, bool inBracket)
    {
        var formats = Format().Matches(text).Select(m => (m.Index, Value: Squeeze(m.Value)))
            .Concat(InFormat().Matches(text).Select(m => (m.Index, Value: m.Groups["f"].Value)))
            .ToList();
        var sizes = Size().Matches(text).Select(m => (m.Index, Value: Bytes(m.Groups["n"].Value, m.Groups["u"].Value))).ToList();
        // Letters stand for languages only where nothing else could be meant: in a bracket, or after the title.
        var masked = Format().Replace(Size().Replace(text, m => new string(' ', m.Length)), m => new string(' ', m.Length));
        var languages = LanguageName().Matches(masked).Select(m => (m.Index, Tags: new List<string> { LanguageNames[m.Value] }))
            .Concat(LanguageLetters().Matches(masked).Select(m => (m.Index, Tags: m.Value.Where(char.IsLetter).Select(c => DocumentLanguages.LanguageOfLetter(c)!).Distinct().ToList())))
            .OrderBy(l => l.Index)
            .ToList();
        if (inBracket)
        {
            if (formats.Count > 0 || sizes.Count > 0 || languages.Count > 0)
            {
                yield return new Item(offset, [.. languages.SelectMany(l => l.Tags)], [.. formats.Select(f => f.Value)],
                    sizes.Select(s => s.Value).FirstOrDefault(s => s is not null), WholeGroup: languages.Count > 0 && (formats.Count > 0 || sizes.Count > 0));
            }

            yield break;
        }

        foreach (var (index, value) in formats)
        {
            yield return new Item(offset + index, [], [value], null, WholeGroup: false);
        }

        foreach (var (index, value) in sizes)
        {
            yield return new Item(offset + index, [], [], value, WholeGroup: false);
        }

        foreach (var (index, tags) in languages)
        {
            yield return new Item(offset + index, tags, [], null, WholeGroup: false);
        }
    }

    private static string Squeeze(string format) => Regex.Replace(format.Trim(), @"\s+", " ", RegexOptions.None, TimeSpan.FromSeconds(1));

    private static Dictionary<string, string> BuildLanguageNames()
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (tag, name) in LanguageTags.Official.Concat(LanguageTags.Others))
        {
            names[name.ToLowerInvariant()] = tag;
        }

        // French and Spanish names of the six, with and without their accents.
        string[][] more =
        [
            ["en", "anglais", "inglés", "ingles"],
            ["fr", "français", "francais", "francés", "frances"],
            ["es", "espagnol", "español", "espanol"],
            ["ar", "arabe", "árabe"],
            ["zh", "chinois", "chino"],
            ["ru", "russe", "ruso"],
        ];
        foreach (var row in more)
        {
            foreach (var name in row.Skip(1))
            {
                names[name] = row[0];
            }
        }

        return names;
    }

    private sealed record Item(int Position, IReadOnlyList<string> Languages, IReadOnlyList<string> Formats, long? Size, bool WholeGroup);

    private sealed record RawVersion(string? Language, IReadOnlyList<string> Formats, long? Size);

    private sealed class RawVersionGroup
    {
        public List<string> Languages { get; } = [];
        public List<string> Formats { get; } = [];
        public long? Size { get; private set; }
        public bool HasLanguages => Languages.Count > 0;
        public bool HasInfo { get; private set; }
        public bool LastWasLanguage { get; private set; }

        /// <summary>A bracket that names languages and their format together ("[PDF, English, 120 KB]") is a group
        /// of its own.</summary>
        public bool Closed { get; private set; }

        /// <summary>Takes the formats and size of a group that names no language.</summary>
        public void Absorb(RawVersionGroup other)
        {
            Formats.InsertRange(0, other.Formats.Where(f => !Formats.Contains(f, StringComparer.OrdinalIgnoreCase)));
            Size ??= other.Size;
            HasInfo |= other.HasInfo;
        }

        public void Add(Item item, bool isLanguage)
        {
            Languages.AddRange(item.Languages.Where(l => !Languages.Contains(l)));
            Formats.AddRange(item.Formats);
            Size ??= item.Size;
            HasInfo |= item.Formats.Count > 0 || item.Size is not null;
            LastWasLanguage = isLanguage;
            Closed = item.WholeGroup;
        }
    }
}

/// <summary>A document line of a source page: the document's title and kind, the date it gives (if any), and what the
/// line says of each of its language versions, with what was guessed.</summary>
public sealed record ParsedDocument(
    int Line,
    string SourceText,
    string Title,
    OutcomeKind Kind,
    DateSpan? Issued,
    IReadOnlyList<ParsedDocumentVersion> Versions,
    IReadOnlyList<string> Notes);

/// <summary>One language of a document as a page states it: the format as written ("PDF", "Word 97"; several joined
/// by commas) and the size in bytes.</summary>
public sealed record ParsedDocumentVersion(string Language, string? Format, long? Size);
