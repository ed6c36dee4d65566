using Microsoft.AspNetCore.Mvc.ModelBinding;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Editing;
using WsisEvents.Web.Localization;

namespace WsisEvents.Web.Areas.Admin.Models;

/// <summary>An entry's texts in one of the site's other languages, as its form posts them: the name (or title) and the
/// text (description, summary or note). Both empty means no translation into that language. An entry may have only
/// one of the two (a category a name, an affiliation a note): its form then reads only that one.</summary>
public sealed class TranslationInput
{
    private string _language = "";

    /// <summary>Never null: a posted empty value (which model binding makes null) is the empty string, refused by
    /// <see cref="Validate"/> as no language of the site.</summary>
    public string Language
    {
        get => _language;
        set => _language = value ?? "";
    }

    public string? Name { get; set; }

    public string? Text { get; set; }

    /// <summary>One input per language other than English, in the site's order, filled from what is given.</summary>
    public static List<TranslationInput> For(IEnumerable<TranslationSnapshot> given)
    {
        // A form posted back with a language twice (refused by Validate) is shown with its first.
        var byLanguage = given.GroupBy(t => t.Language, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return [.. Languages.All.Where(l => !l.IsDefault).Select(l => byLanguage.TryGetValue(l.Code, out var t)
            ? new TranslationInput { Language = l.Code, Name = t.Name, Text = t.Text }
            : new TranslationInput { Language = l.Code })];
    }

    /// <summary>The inputs as the translations to save, trimmed, without empty ones; a field the entry does not have
    /// (<paramref name="names"/> or <paramref name="texts"/> false) is not read, whatever was posted.</summary>
    public static IReadOnlyList<TranslationSnapshot> Read(IEnumerable<TranslationInput> inputs, bool names = true, bool texts = true) =>
        [.. inputs.Select(i => new TranslationSnapshot(i.Language, names ? EditedText.OrNull(i.Name) : null, texts ? EditedText.OrNull(i.Text) : null))
            .Where(t => t.Name is not null || t.Text is not null)];

    /// <summary>The rules of the original's fields, for each language: a known language given once, a name and a
    /// text no longer than the original's may be, and a text in Markdown that the site can show.</summary>
    public static void Validate(List<TranslationInput> inputs, ModelStateDictionary modelState, int nameLength, int? textLength, bool markdown)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var prefix = $"Translations[{i}].";
            if (Languages.Find(input.Language) is not { IsDefault: false } language || language.Code != input.Language || !seen.Add(input.Language))
            {
                modelState.AddModelError(prefix + nameof(Language), Texts.Localizer["A translation is into French (fr), Spanish (es) or Arabic (ar), once each."]);
                continue;
            }

            if (input.Name?.Trim().Length > nameLength)
            {
                modelState.AddModelError(prefix + nameof(Name), Texts.Localizer["At most {0} characters.", nameLength]);
            }

            if (input.Text?.Trim().Length > textLength)
            {
                modelState.AddModelError(prefix + nameof(Text), Texts.Localizer["At most {0} characters.", textLength]);
            }

            if (markdown && MarkdownRenderer.Check(input.Text) is { } problem)
            {
                modelState.AddModelError(prefix + nameof(Text), problem);
            }
        }
    }

    /// <summary>The rows of a conflict's comparison, one per language and field ("Title (fr)"); a field named null is
    /// one the entry does not have.</summary>
    public static IEnumerable<(string Field, string? Saved, string? Yours)> Differences(
        IEnumerable<TranslationInput> saved, IEnumerable<TranslationInput> yours, string? nameField, string? textField)
    {
        var theirs = Read(saved).DistinctBy(t => t.Language).ToDictionary(t => t.Language, StringComparer.Ordinal);
        var mine = Read(yours).DistinctBy(t => t.Language).ToDictionary(t => t.Language, StringComparer.Ordinal);
        foreach (var language in Languages.All.Where(l => !l.IsDefault))
        {
            var s = theirs.GetValueOrDefault(language.Code);
            var y = mine.GetValueOrDefault(language.Code);
            if (nameField is not null)
            {
                yield return ($"{nameField} ({language.Code})", s?.Name, y?.Name);
            }

            if (textField is not null)
            {
                yield return ($"{textField} ({language.Code})", s?.Text, y?.Text);
            }
        }
    }
}

/// <summary>The translations section of a form: the inputs, and what the original's two fields are called there (null
/// for a field the entry does not have).</summary>
public sealed record TranslationsViewModel(IReadOnlyList<TranslationInput> Inputs, string? NameLabel, string? TextLabel, bool Markdown, int NameLength);
