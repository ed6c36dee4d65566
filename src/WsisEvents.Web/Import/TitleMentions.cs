using System.Text;

namespace WsisEvents.Web.Import;

/// <summary>Whether a text names a meeting by its title without quoting it: "a follow-up to the ITU WSIS Thematic
/// Meeting on Countering Spam held in July 2004" names "WSIS Thematic Meeting on Countering Spam". The title must
/// stand as whole words (case, accents, punctuation and spacing aside), and only a distinctive title counts: a
/// short or generic one ("Asia Media Summit", "WSIS Session") would be found in texts that do not mean that
/// meeting.</summary>
public static class TitleMentions
{
    /// <summary>Fewer words than this make a title that ordinary prose repeats by chance.</summary>
    public const int MinWords = 4;

    /// <summary>Words beyond the little ones ("of", "the", "on"), of which a distinctive title has this many.</summary>
    public const int MinSignificantWords = 3;

    private static readonly HashSet<string> LittleWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with",
    };

    public static bool IsDistinctive(string title)
    {
        var words = Normalize(title).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= MinWords && words.Count(w => !LittleWords.Contains(w)) >= MinSignificantWords;
    }

    /// <summary>The text as compared: lower case, accents folded, every run of other characters than letters
    /// and digits one space, with a space at each end so that a title is matched as whole words.</summary>
    public static string Normalize(string text)
    {
        var folded = Slug.FoldToAscii(text);
        var builder = new StringBuilder(folded.Length + 2).Append(' ');
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        if (builder[^1] != ' ')
        {
            builder.Append(' ');
        }

        return builder.ToString();
    }

    /// <summary>Whether <paramref name="normalizedText"/> (see <see cref="Normalize"/>) names the distinctive
    /// <paramref name="title"/>.</summary>
    public static bool Mentions(string normalizedText, string title) =>
        IsDistinctive(title) && normalizedText.Contains(Normalize(title), StringComparison.Ordinal);
}
