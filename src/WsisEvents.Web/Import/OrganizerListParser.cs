namespace WsisEvents.Web.Import;

/// <summary>Splits the organizers of a meeting line ("Government of Canada and UN Permanent Forum on Indigenous
/// Issues", "UNECE/ECA/ECLAC/ESCAP/ESCWA", "ILO/ITC, OECD and UNCTAD") into names, in order.</summary>
/// <remarks>Slashes inside parentheses stay together ("Government of Republic of Korea (MIC/KADO)"). The text is
/// split on slashes first; adjacent pieces that together make a name the directory knows are joined again
/// ("UN/UNDP Office in the Republic of Belarus"). A piece that is not a known name is then split on commas and on
/// "and", but "and" only where it does not cut a known name or leave a name of one word ("Ministry of Science and
/// Technology").</remarks>
public static class OrganizerListParser
{
    /// <summary>The longest run of pieces that can form one known name; no directory name has more slashes.</summary>
    private const int MaxPiecesPerName = 6;

    public static IReadOnlyList<string> Split(string text, Func<string, bool> isKnown)
    {
        var names = new List<string>();
        foreach (var piece in MergeKnown(Trimmed(SplitTopLevel(text, "/")), "/", isKnown))
        {
            if (isKnown(piece))
            {
                names.Add(piece);
                continue;
            }

            var parts = Trimmed(SplitTopLevel(piece, ",")).SelectMany(part => SplitOnAnd(part, isKnown)).ToList();
            names.AddRange(MergeKnown(Trimmed(parts), ", ", isKnown));
        }

        return names;
    }

    private static List<string> Trimmed(IEnumerable<string> pieces) =>
        pieces.Select(p => p.Trim()).Where(p => p.Length > 0).ToList();

    private static List<string> MergeKnown(List<string> pieces, string separator, Func<string, bool> isKnown)
    {
        var merged = new List<string>(pieces.Count);
        var i = 0;
        while (i < pieces.Count)
        {
            var taken = 1;
            for (var j = Math.Min(pieces.Count, i + MaxPiecesPerName); j > i + 1; j--)
            {
                if (isKnown(string.Join(separator, pieces.Skip(i).Take(j - i))))
                {
                    taken = j - i;
                    break;
                }
            }

            merged.Add(string.Join(separator, pieces.Skip(i).Take(taken)));
            i += taken;
        }

        return merged;
    }

    private static IEnumerable<string> SplitOnAnd(string text, Func<string, bool> isKnown)
    {
        var rest = text.Trim();
        while (true)
        {
            var split = false;
            foreach (var at in TopLevelIndexes(rest, " and "))
            {
                var left = rest[..at].Trim();
                var right = rest[(at + 5)..].Trim();
                var rightHead = right.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? right[4..] : right;
                if (!isKnown(rest) && (isKnown(left) || isKnown(right) || (WordCount(left) >= 2 && WordCount(rightHead) >= 2)))
                {
                    yield return left;
                    rest = right;
                    split = true;
                    break;
                }
            }

            if (!split)
            {
                yield return rest;
                yield break;
            }
        }
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>The pieces of <paramref name="text"/> between occurrences of <paramref name="separator"/> that lie
    /// outside any parentheses; one pass.</summary>
    internal static List<string> SplitTopLevel(string text, string separator)
    {
        var parts = new List<string>();
        var start = 0;
        foreach (var at in TopLevelIndexes(text, separator))
        {
            parts.Add(text[start..at]);
            start = at + separator.Length;
        }

        parts.Add(text[start..]);
        return parts;
    }

    /// <summary>Where <paramref name="value"/> occurs outside any parentheses, without overlaps, in one pass.</summary>
    internal static IEnumerable<int> TopLevelIndexes(string text, string value)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && depth > 0)
            {
                depth--;
            }
            else if (depth == 0 && string.CompareOrdinal(text, i, value, 0, value.Length) == 0)
            {
                yield return i;
                i += value.Length - 1;
            }
        }
    }

    /// <summary>For each position of <paramref name="text"/>, whether it lies outside any parentheses.</summary>
    internal static bool[] TopLevelMap(string text)
    {
        var map = new bool[text.Length + 1];
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            map[i] = depth == 0;
            depth = text[i] switch
            {
                '(' => depth + 1,
                ')' when depth > 0 => depth - 1,
                _ => depth,
            };
        }

        map[text.Length] = depth == 0;
        return map;
    }
}
