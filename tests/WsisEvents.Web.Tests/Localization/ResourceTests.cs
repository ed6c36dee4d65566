using System.Text.RegularExpressions;
using System.Xml.Linq;
using WsisEvents.Web.Localization;

namespace WsisEvents.Web.Tests.Localization;

/// <summary>Every text the views and the code look up has a translation in every language, with the same
/// placeholders, and no translation is left over from a text that is gone.</summary>
public partial class ResourceTests
{
    public static TheoryData<string> TranslatedLanguages => [.. Languages.All.Where(l => !l.IsDefault).Select(l => l.Code)];

    [Theory]
    [MemberData(nameof(TranslatedLanguages))]
    public void EveryKeyInUse_HasATranslation(string language)
    {
        var translations = Translations(language);

        var missing = KeysInUse().Keys.Where(key => !translations.TryGetValue(key, out var text) || string.IsNullOrWhiteSpace(text)).ToList();

        Assert.True(missing.Count == 0, $"Texts.{language}.resx lacks {missing.Count} key(s):\n" + string.Join("\n", missing.Select(k => $"  \"{k}\" (in {KeysInUse()[k]})")));
    }

    [Theory]
    [MemberData(nameof(TranslatedLanguages))]
    public void EveryTranslation_IsOfAKeyInUse(string language)
    {
        var inUse = KeysInUse();
        var literals = Literals();
        var composed = ComposedKeys();

        // A key is in use where the code looks it up, or writes it as a literal that is looked up later (the admin
        // area translates its forms' messages when it shows them), or composes it ($"The {noun} {{0}} was added.").
        var stale = Translations(language).Keys
            .Select(key => key.Split('|')[0])
            .Where(key => !inUse.ContainsKey(key) && !literals.Contains(key) && !composed.Any(c => c.IsMatch(key)))
            .ToList();

        Assert.True(stale.Count == 0, $"Texts.{language}.resx has {stale.Count} key(s) no code uses:\n" + string.Join("\n", stale));
    }

    [Theory]
    [MemberData(nameof(TranslatedLanguages))]
    public void EveryTranslation_HasTheKeysPlaceholders(string language)
    {
        var plurals = PluralKeys();
        var wrong = Translations(language)
            .Where(t => !plurals.Contains(t.Key) && !Placeholders(t.Key).SetEquals(Placeholders(t.Value)))
            .Select(t => $"  \"{t.Key}\" → \"{t.Value}\"")
            .ToList();

        Assert.True(wrong.Count == 0, $"Texts.{language}.resx changes the placeholders of:\n" + string.Join("\n", wrong));
    }

    [Theory]
    [MemberData(nameof(TranslatedLanguages))]
    public void EveryCount_HasEachPluralFormOfTheLanguage(string language)
    {
        var translations = Translations(language);

        var missing = (from other in CountKeys().Select(c => c.Other)
                       from form in PluralForms.Extra(language)
                       let key = $"{other}|{form.ToString().ToLowerInvariant()}"
                       where !translations.ContainsKey(key)
                       select key).ToList();

        Assert.True(missing.Count == 0, $"Texts.{language}.resx lacks the plural forms:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void TheKeyScan_FindsTheTextsOfTheLayout()
    {
        var keys = KeysInUse();

        Assert.Contains("Skip to content", keys.Keys);
        Assert.Contains("{0} meetings", keys.Keys);
        Assert.Contains("Geneva phase", keys.Keys);
        Assert.Contains("Text: “{0}”", keys.Keys);
    }

    private static string SourceRoot => Path.Combine(Repository.Root, "src", "WsisEvents.Web");

    private static Dictionary<string, string> Translations(string language) =>
        XDocument.Load(Path.Combine(SourceRoot, "Localization", $"Texts.{language}.resx")).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    /// <summary>Each key looked up in the views and the code, with a file that uses it: L["…"] and
    /// Localizer["…"], the two forms of L.Count(n, "…", "…"), Texts.Key("…"), and the attributes' messages and
    /// display names, which MVC looks up itself.</summary>
    private static Dictionary<string, string> KeysInUse()
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in SourceFiles())
        {
            var text = File.ReadAllText(file);
            var name = Path.GetRelativePath(SourceRoot, file);
            foreach (var regex in new[] { LookUp(), Marked(), AttributeText() })
            {
                foreach (Match match in regex.Matches(text))
                {
                    keys.TryAdd(Unescape(match.Groups[1].Value), name);
                }
            }

            foreach (Match match in Count().Matches(text))
            {
                keys.TryAdd(Unescape(match.Groups[1].Value), name);
                keys.TryAdd(Unescape(match.Groups[2].Value), name);
            }
        }

        return keys;
    }

    private static HashSet<string> Literals() =>
        [.. SourceFiles().SelectMany(f => Literal().Matches(File.ReadAllText(f))).Select(m => Unescape(m.Groups[1].Value))];

    /// <summary>Each interpolated string of the code as a pattern: its holes match any text, "{{0}}" is "{0}".</summary>
    private static List<Regex> ComposedKeys() =>
        [.. SourceFiles().SelectMany(f => Interpolated().Matches(File.ReadAllText(f)))
            .Select(m => Unescape(m.Groups[1].Value))
            .Where(text => Hole().IsMatch(text))
            .Select(text => new Regex("^" + string.Concat(Hole().Split(text).Select((part, i) => i % 2 == 1 ? ".+" : Regex.Escape(part.Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal)))) + "$"))];

    private static List<(string One, string Other)> CountKeys() =>
        [.. SourceFiles().SelectMany(f => Count().Matches(File.ReadAllText(f))).Select(m => (Unescape(m.Groups[1].Value), Unescape(m.Groups[2].Value)))];

    /// <summary>The keys whose forms may leave the number out ("اجتماع واحد", one meeting).</summary>
    private static HashSet<string> PluralKeys() =>
        [.. CountKeys().SelectMany(c => new[] { c.One, c.Other }.Concat(Enum.GetNames<PluralForm>().Select(f => $"{c.Other}|{f.ToLowerInvariant()}")))];

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(SourceRoot, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    private static string Unescape(string literal) => literal.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);

    [GeneratedRegex("""\b(?:L|Localizer|localizer)\[\s*"((?:[^"\\]|\\.)*)"\s*[,\]]""")]
    private static partial Regex LookUp();

    [GeneratedRegex("""\bTexts\.Key\("((?:[^"\\]|\\.)*)"\)""")]
    private static partial Regex Marked();

    [GeneratedRegex("""(?:\bErrorMessage|\[Display\([^)\]]*\bName)\s*=\s*"((?:[^"\\]|\\.)*)"(?=\s*[,)])""")]
    private static partial Regex AttributeText();

    [GeneratedRegex("""\.Count\([^,()]+(?:\([^()]*\))?[^,()]*,\s*"((?:[^"\\]|\\.)*)",\s*"((?:[^"\\]|\\.)*)"\)""")]
    private static partial Regex Count();

    [GeneratedRegex(""""(?<![$@\w])"((?:[^"\\\n]|\\.)*)"""")]
    private static partial Regex Literal();

    [GeneratedRegex(""""\$"((?:[^"\\\n]|\\.)*)"""")]
    private static partial Regex Interpolated();

    /// <summary>A hole of an interpolated string, not an escaped brace: "{form.Noun}" but not "{{0}}".</summary>
    [GeneratedRegex(@"(?<!\{)\{([^{}]+)\}(?!\})")]
    private static partial Regex Hole();

    [GeneratedRegex(@"\{\d+(?::[^}]*)?\}")]
    private static partial Regex Placeholder();
}
