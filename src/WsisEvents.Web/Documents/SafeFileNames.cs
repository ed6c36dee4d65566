using System.Globalization;
using System.Text;

namespace WsisEvents.Web.Documents;

/// <summary>The name a stored file is downloaded under, made from the name it was uploaded with: no folders, no
/// control or format characters, none of the characters a file system or a header reserves, a bounded length, and
/// the extension of the type its content was recognised as.</summary>
public static class SafeFileNames
{
    public const int MaxStemLength = 100;

    private const string Reserved = "\\/:*?\"<>|'`;%#&+=[]{}^~$!@";

    private static readonly HashSet<string> DeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <param name="uploaded">The name the browser sent, which may hold anything.</param>
    /// <param name="fallback">What the name is when nothing of <paramref name="uploaded"/> is left: the document's
    /// title as a slug.</param>
    /// <param name="format">What the content was recognised as, which gives the extension.</param>
    public static string Make(string? uploaded, string fallback, DocumentFormat format)
    {
        var stem = Stem(uploaded);
        if (stem.Length == 0 || DeviceNames.Contains(stem))
        {
            stem = Stem(fallback);
        }

        return (stem.Length == 0 ? "document" : stem) + format.Extension;
    }

    private static string Stem(string? name)
    {
        name ??= "";

        // Only the last part of a path counts, whichever separator the client's system uses.
        var last = name.LastIndexOfAny(['/', '\\']);
        name = name[(last + 1)..];

        var kept = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                    or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                || (rune.IsAscii && Reserved.Contains((char)rune.Value)))
            {
                continue;
            }

            kept.Append(Rune.IsWhiteSpace(rune) ? " " : rune.ToString());
        }

        var stem = string.Join(' ', kept.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var dot = stem.LastIndexOf('.');
        if (dot > 0)
        {
            stem = stem[..dot];
        }

        stem = stem.Trim('.', ' ', '-');
        if (stem.Length > MaxStemLength)
        {
            // Whole characters only: never half of a surrogate pair or of an accented letter.
            var elements = StringInfo.ParseCombiningCharacters(stem);
            var cut = elements.LastOrDefault(e => e <= MaxStemLength);
            stem = stem[..cut].TrimEnd('.', ' ', '-');
        }

        return stem;
    }
}
