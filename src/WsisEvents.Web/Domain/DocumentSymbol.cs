using System.Text.RegularExpressions;

namespace WsisEvents.Web.Domain;

/// <summary>UN document symbols: parts separated by slashes, each of letters, digits, dots, hyphens and
/// parentheses ("WSIS-03/GENEVA/DOC/4-E", "WSIS-05/TUNIS/DOC/6(Rev.1)-E", "A/RES/70/125", "E/CN.16/2005/2").</summary>
public static partial class DocumentSymbol
{
    public const int MaxLength = 100;

    /// <summary>The symbol as stored (trimmed, inner white space removed, letters as given), or null when
    /// <paramref name="text"/> is not a document symbol.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var symbol = WhiteSpace().Replace(text.Trim(), "");
        return symbol.Length <= MaxLength && Pattern().IsMatch(symbol) ? symbol : null;
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9.()\-]*(/[A-Za-z0-9.()\-]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
