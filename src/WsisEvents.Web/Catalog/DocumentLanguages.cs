using System.Globalization;
using Microsoft.Extensions.Localization;
using WsisEvents.Web.Localization;

namespace WsisEvents.Web.Catalog;

/// <summary>What a reader sees of a document's language versions: the language's name, the symbol of that
/// version, and its format and size in words.</summary>
public static class DocumentLanguages
{
    /// <summary>The six UN languages and the letter that ends a WSIS symbol's version in each (DOMAIN.md).</summary>
    private static readonly Dictionary<string, char> SymbolLetters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = 'E', ["fr"] = 'F', ["es"] = 'S', ["ar"] = 'A', ["zh"] = 'C', ["ru"] = 'R',
    };

    private static readonly Dictionary<string, string> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/pdf"] = "PDF",
        ["application/msword"] = "Word",
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = "Word (DOCX)",
        ["application/vnd.oasis.opendocument.text"] = "OpenDocument text",
        ["application/vnd.ms-powerpoint"] = "PowerPoint",
        ["application/vnd.openxmlformats-officedocument.presentationml.presentation"] = "PowerPoint (PPTX)",
        ["text/plain"] = "Text",
    };

    /// <summary>"English", "French"… in English, from the tag; the tag itself for one .NET does not know.</summary>
    public static string Name(string tag) => Name(tag, EnglishText.Instance);

    /// <summary>The language's name in the reader's language for the six UN languages, which the catalog's documents
    /// are in; in English for any other, as .NET names it.</summary>
    public static string Name(string tag, IStringLocalizer localizer) => tag.ToLowerInvariant() switch
    {
        "en" => localizer["English"],
        "fr" => localizer["French"],
        "es" => localizer["Spanish"],
        "ar" => localizer["Arabic"],
        "zh" => localizer["Chinese"],
        "ru" => localizer["Russian"],
        _ => EnglishName(tag),
    };

    private static string EnglishName(string tag)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(tag);
            return culture.EnglishName.StartsWith("Unknown", StringComparison.Ordinal) ? tag : culture.EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return tag;
        }
    }

    /// <summary>The symbol of one language version: a WSIS symbol ends in the language's letter
    /// ("WSIS-03/GENEVA/DOC/4-E" is "…/4-F" in French); any other (a General Assembly resolution) is the same in every
    /// language. Null for a WSIS symbol in a language that is not one of the six.</summary>
    public static string? SymbolFor(string? symbol, string language)
    {
        if (symbol is null || !IsWsisSymbol(symbol))
        {
            return symbol;
        }

        return SymbolLetters.TryGetValue(language, out var letter) ? symbol[..^1] + letter : null;
    }

    /// <summary>The language a WSIS symbol's letter (and a UN page's language letter) stands for: 'F' is "fr"; null
    /// for a letter that is none of the six.</summary>
    public static string? LanguageOfLetter(char letter) =>
        SymbolLetters.FirstOrDefault(l => l.Value == char.ToUpperInvariant(letter)).Key;

    /// <summary>"PDF, 245 KB": a version's format and size in words, either one alone, or null when neither is known;
    /// in the reader's language, its numbers in the reader's culture ("PDF, 1,2 Mo").</summary>
    public static string? FormatAndSize(string? format, long? size, IStringLocalizer localizer)
    {
        var parts = new[] { format is null ? null : FormatName(format, localizer), size is { } bytes ? SizeText(bytes, localizer) : null }
            .Where(p => p is not null)
            .ToList();
        return parts.Count == 0 ? null : string.Join(localizer[", "], parts);
    }

    /// <summary>"PDF" for a stored file's media type, "Text" worded in the reader's language; a stated format as the
    /// source writes it.</summary>
    public static string FormatName(string format, IStringLocalizer localizer) =>
        Formats.TryGetValue(format, out var name) ? localizer[name] : format;

    /// <summary>"245 KB", "1.2 MB", "800 bytes", in English with the invariant culture's numbers, as schema.org's
    /// contentSize gives it.</summary>
    public static string SizeText(long bytes) => SizeText(bytes, EnglishText.Instance, CultureInfo.InvariantCulture);

    /// <summary>The same in the reader's language and with the reader's numbers: "245 Ko", "1,2 Mo".</summary>
    public static string SizeText(long bytes, IStringLocalizer localizer) => SizeText(bytes, localizer, Languages.Current.Culture);

    private static string SizeText(long bytes, IStringLocalizer localizer, CultureInfo culture) => bytes switch
    {
        < 1024 => localizer[bytes == 1 ? "{0} byte" : "{0} bytes", bytes.ToString("0", culture)],
        < 1024 * 1024 => localizer["{0} KB", Math.Round(bytes / 1024.0).ToString("0", culture)],
        _ => localizer["{0} MB", (bytes / (1024.0 * 1024.0)).ToString("0.#", culture)],
    };

    private static bool IsWsisSymbol(string symbol) =>
        symbol.StartsWith("WSIS-", StringComparison.OrdinalIgnoreCase)
        && symbol.Length > 2 && symbol[^2] == '-' && SymbolLetters.ContainsValue(char.ToUpperInvariant(symbol[^1]));
}
