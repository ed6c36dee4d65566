using System.Text.RegularExpressions;

namespace WsisEvents.Web.Documents;

/// <summary>The languages of documents: BCP 47 tags in lower case, the six official languages of the United Nations
/// first.</summary>
public static partial class LanguageTags
{
    public static IReadOnlyList<(string Tag, string Name)> Official { get; } =
    [
        ("ar", "Arabic"), ("zh", "Chinese"), ("en", "English"), ("fr", "French"), ("ru", "Russian"), ("es", "Spanish"),
    ];

    public static IReadOnlyList<(string Tag, string Name)> Others { get; } =
    [
        ("de", "German"), ("hi", "Hindi"), ("id", "Indonesian"), ("it", "Italian"), ("ja", "Japanese"), ("ko", "Korean"),
        ("fa", "Persian"), ("pt", "Portuguese"), ("sw", "Swahili"), ("th", "Thai"), ("tr", "Turkish"), ("vi", "Vietnamese"),
    ];

    public const string Message = "Write the language as a BCP 47 tag: en, fr, pt-br, zh-hant…";

    /// <summary>The tag in lower case, or null when <paramref name="text"/> is not a well-formed BCP 47 tag (language,
    /// then optional script, region and variants).</summary>
    public static string? Normalize(string? text)
    {
        var tag = text?.Trim().Replace('_', '-').ToLowerInvariant();
        return tag is { Length: > 0 and <= 35 } && Pattern().IsMatch(tag) ? tag : null;
    }

    public static string NameOf(string tag) =>
        Official.Concat(Others).FirstOrDefault(l => l.Tag == tag).Name ?? tag;

    [GeneratedRegex(@"^[a-z]{2,3}(-[a-z]{4})?(-([a-z]{2}|[0-9]{3}))?(-([a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
