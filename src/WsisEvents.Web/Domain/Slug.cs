using System.Globalization;
using System.Text;

namespace WsisEvents.Web.Domain;

/// <summary>Readable URL slugs: lower-case ASCII letters and digits separated by single hyphens, accents folded
/// ("São Paulo" → "sao-paulo"), cut at a word boundary.</summary>
public static class Slug
{
    public const int MaxLength = 80;

    public static string From(string text, int maxLength = MaxLength)
    {
        var folded = FoldToAscii(text);
        var builder = new StringBuilder(folded.Length);
        var pendingHyphen = false;
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(c);
                pendingHyphen = false;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else if (c != '\'' && c != '’')
            {
                pendingHyphen = true;
            }
        }

        var slug = builder.ToString();
        if (slug.Length > maxLength)
        {
            var cut = slug.LastIndexOf('-', maxLength);
            slug = cut > maxLength / 2 ? slug[..cut] : slug[..maxLength].TrimEnd('-');
        }

        return slug.Length == 0 ? "untitled" : slug;
    }

    /// <summary>The first of <paramref name="baseSlug"/>, "-2", "-3" … that <paramref name="isTaken"/> rejects.</summary>
    public static string MakeUnique(string baseSlug, Func<string, bool> isTaken) => MakeUnique(baseSlug, isTaken, 2, out _);

    /// <summary>The first of <paramref name="baseSlug"/>, "-<paramref name="firstNumber"/>", and the numbers after it
    /// that <paramref name="isTaken"/> rejects, for a caller that knows the numbers before it are taken (one giving
    /// many slugs from the same base, which would otherwise try every number given so far each time);
    /// <paramref name="number"/> is the number given, 1 for the base itself.</summary>
    public static string MakeUnique(string baseSlug, Func<string, bool> isTaken, int firstNumber, out int number)
    {
        if (!isTaken(baseSlug))
        {
            number = 1;
            return baseSlug;
        }

        for (number = Math.Max(2, firstNumber); ; number++)
        {
            var candidate = string.Create(CultureInfo.InvariantCulture, $"{baseSlug}-{number}");
            if (!isTaken(candidate))
            {
                return candidate;
            }
        }
    }

    public static string FoldToAscii(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c switch
                {
                    'ß' => "ss",
                    'æ' => "ae",
                    'Æ' => "AE",
                    'ø' => "o",
                    'Ø' => "O",
                    'œ' => "oe",
                    'Œ' => "OE",
                    'ł' => "l",
                    'Ł' => "L",
                    'đ' => "d",
                    'Đ' => "D",
                    _ => c.ToString(),
                });
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
