using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace WsisEvents.Web.Localization;

/// <summary>The site's interface text. A key is the English text itself, so English needs no resource; each other
/// language has <c>Texts.&lt;code&gt;.resx</c> beside this file, which <c>LocalizationResourceTests</c> holds to
/// every key the views and the code use.</summary>
public sealed class Texts
{
    /// <summary>The same localizer as the container's <c>IStringLocalizer&lt;Texts&gt;</c>, for the catalog's static
    /// descriptions (the search parameters' chips and messages, the phrases of kinds and counts), which the list page,
    /// the API and the feeds share and which have no container at hand. It reads the request's culture at each call.</summary>
    public static readonly IStringLocalizer Localizer =
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance).Create(typeof(Texts));

    /// <summary>Marks a literal as a key that is looked up later, where it is shown (gettext's "noop"): kept in data
    /// that is shared by every language, such as a cached list of related meetings, and found by the resource tests.</summary>
    public static string Key(string english) => english;
}

public static class TextsExtensions
{
    /// <summary>A count in a sentence, in the plural form the language uses for it: <paramref name="one"/> and
    /// <paramref name="other"/> are the English keys ("{0} meeting", "{0} meetings"); a language with more forms
    /// (Arabic has six) has them in its resources under <c>&lt;other&gt;|&lt;form&gt;</c>, and falls back to
    /// <paramref name="other"/>. The number is written as the language writes numbers.</summary>
    public static string Count(this IStringLocalizer localizer, int count, string one, string other)
    {
        var language = Languages.Current;
        var form = PluralForms.Of(language.Code, count);
        var key = form == PluralForm.One ? one : other;
        var text = localizer[key];
        if (form is not (PluralForm.One or PluralForm.Other) && localizer[$"{other}|{form.ToString().ToLowerInvariant()}"] is { ResourceNotFound: false } specific)
        {
            text = specific;
        }

        return string.Format(language.Culture, text.Value, count.ToString("N0", language.Culture));
    }
}

public enum PluralForm
{
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// <summary>The CLDR plural rules of the site's languages, for whole numbers.</summary>
public static class PluralForms
{
    public static PluralForm Of(string language, int n) => language switch
    {
        // French: 0 and 1 are singular ("0 réunion", "1 réunion"). CLDR's "many" for millions is the plural form.
        "fr" => n is 0 or 1 ? PluralForm.One : PluralForm.Other,
        "ar" => n switch
        {
            0 => PluralForm.Zero,
            1 => PluralForm.One,
            2 => PluralForm.Two,
            _ when n % 100 is >= 3 and <= 10 => PluralForm.Few,
            _ when n % 100 is >= 11 and <= 99 => PluralForm.Many,
            _ => PluralForm.Other,
        },
        _ => n == 1 ? PluralForm.One : PluralForm.Other,
    };

    /// <summary>The forms a language's resources must give beyond "one" and "other".</summary>
    public static IReadOnlyList<PluralForm> Extra(string language) =>
        language == "ar" ? [PluralForm.Zero, PluralForm.Two, PluralForm.Few, PluralForm.Many] : [];
}
