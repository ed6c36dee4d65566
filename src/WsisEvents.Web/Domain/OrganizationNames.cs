using System.Text;

namespace WsisEvents.Web.Domain;

/// <summary>How organizer names are compared: case, accents, typographic apostrophes, runs of spaces and a
/// leading "the" do not matter ("the Club of Rome" is "Club of Rome").</summary>
public static class OrganizationNames
{
    public static string Normalize(string name)
    {
        var folded = Slug.FoldToAscii(name.Replace('’', '\'').Replace('‘', '\''));
        var builder = new StringBuilder(folded.Length);
        var space = false;
        foreach (var c in folded.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(char.ToUpperInvariant(c));
        }

        var normalized = builder.ToString();
        return normalized.StartsWith("THE ", StringComparison.Ordinal) ? normalized[4..] : normalized;
    }

    /// <summary>The names under which an organizer as written may be found in the directory, best first:
    /// "Asia-Pacific Telecommunity (APT)" → itself, "Asia-Pacific Telecommunity", and, with
    /// <paramref name="includeParenthesized"/>, "APT".</summary>
    public static IEnumerable<string> LookupKeys(string nameAsWritten, bool includeParenthesized = true)
    {
        var trimmed = nameAsWritten.Trim();
        yield return Normalize(trimmed);
        if (trimmed.EndsWith(')') && trimmed.LastIndexOf('(') is var open and > 0)
        {
            var outer = trimmed[..open].Trim();
            var inner = trimmed[(open + 1)..^1].Trim();
            if (outer.Length > 0)
            {
                yield return Normalize(outer);
            }

            if (includeParenthesized && inner.Length > 0 && !inner.Contains('/', StringComparison.Ordinal))
            {
                yield return Normalize(inner);
            }
        }
    }
}
