namespace WsisEvents.Web.Import;

/// <summary>Splits the organizers of a meeting line ("Government of Canada and UN Permanent Forum on Indigenous
/// Issues", "UNECE/ECA/ECLAC/ESCAP/ESCWA") into names, in order.</summary>
/// <remarks>Slashes inside parentheses stay together ("Government of Republic of Korea (MIC/KADO)"). A list with
/// slashes is split on slashes only; one without is split on commas and on "and", but "and" only where it does not
/// cut a known name or a name of one word ("Ministry of Science and Technology"). Adjacent pieces that together
/// make a name the directory knows are joined again ("UN/UNDP Office in the Republic of Belarus").</remarks>
public static class OrganizerListParser
{
    public static IReadOnlyList<string> Split(string text, Func<string, bool> isKnown)
    {
        var pieces = SplitTopLevel(text, "/");
        var separator = "/";
        if (pieces.Count == 1)
        {
            separator = ", ";
            pieces = [.. SplitTopLevel(text, ",").SelectMany(part => SplitOnAnd(part, isKnown))];
        }

        var names = pieces.Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        return MergeKnown(names, separator, isKnown);
    }

    private static List<string> MergeKnown(List<string> pieces, string separator, Func<string, bool> isKnown)
    {
        var merged = new List<string>(pieces.Count);
        var i = 0;
        while (i < pieces.Count)
        {
            var taken = 1;
            for (var j = pieces.Count; j > i + 1; j--)
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
            var at = IndexOfTopLevel(rest, " and ", 0);
            var split = false;
            while (at >= 0)
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

                at = IndexOfTopLevel(rest, " and ", at + 5);
            }

            if (!split)
            {
                yield return rest;
                yield break;
            }
        }
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    internal static List<string> SplitTopLevel(string text, string separator)
    {
        var parts = new List<string>();
        var start = 0;
        var at = IndexOfTopLevel(text, separator, 0);
        while (at >= 0)
        {
            parts.Add(text[start..at]);
            start = at + separator.Length;
            at = IndexOfTopLevel(text, separator, start);
        }

        parts.Add(text[start..]);
        return parts;
    }

    /// <summary>Whether <paramref name="index"/> lies outside any parentheses.</summary>
    internal static bool IsTopLevel(string text, int index)
    {
        var depth = 0;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            depth += text[i] switch
            {
                '(' => 1,
                ')' when depth > 0 => -1,
                _ => 0,
            };
        }

        return depth == 0;
    }

    /// <summary>The index of <paramref name="value"/> at or after <paramref name="from"/> outside any parentheses,
    /// or -1.</summary>
    internal static int IndexOfTopLevel(string text, string value, int from)
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
            else if (depth == 0 && i >= from && string.CompareOrdinal(text, i, value, 0, value.Length) == 0)
            {
                return i;
            }
        }

        return -1;
    }
}
