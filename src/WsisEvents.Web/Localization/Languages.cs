using System.Globalization;

namespace WsisEvents.Web.Localization;

/// <summary>A language the site speaks: its BCP 47 code (also the first segment of its addresses, except for
/// English, which keeps the addresses without one), its name in itself, its direction, and how it writes dates.</summary>
public sealed class Language
{
    internal Language(string code, string nativeName, CultureInfo culture, DatePatterns dates)
    {
        Code = code;
        NativeName = nativeName;
        Culture = culture;
        Dates = dates;
    }

    public string Code { get; }

    /// <summary>"Français": how the language switcher names it, so that a reader finds their language in any page.</summary>
    public string NativeName { get; }

    public CultureInfo Culture { get; }

    public DatePatterns Dates { get; }

    public bool IsRightToLeft => Culture.TextInfo.IsRightToLeft;

    /// <summary>The value of <c>dir</c>.</summary>
    public string Direction => IsRightToLeft ? "rtl" : "ltr";

    /// <summary>"" for English, "/fr" for French: what the language's addresses start with.</summary>
    public string Prefix => IsDefault ? "" : "/" + Code;

    public bool IsDefault => Code == Languages.Default.Code;

    public override string ToString() => Code;
}

/// <summary>How a language writes the parts of a date range. Spanish says "de" between day, month and year; French
/// writes the first day of a month as an ordinal ("1er juillet").</summary>
public sealed record DatePatterns(string DayMonthYear, string DayMonth, string MonthYear, bool OrdinalFirstDay = false);

public static class Languages
{
    /// <summary>English, the catalog's original language and the one of today's addresses.</summary>
    public static readonly Language Default = new("en", "English", ReadOnly(new CultureInfo("en-GB")),
        new DatePatterns("d MMMM yyyy", "d MMMM", "MMMM yyyy"));

    /// <summary>Arabic pages write numbers in the digits 0–9, as the catalog's addresses, symbols and data do, with
    /// "," and "." as the separators; .NET's Arabic culture would pair those digits with the Arabic separators.
    /// Its calendar is the Gregorian one of the neutral "ar" culture (ar-SA's would be the Hijri calendar).</summary>
    public static readonly IReadOnlyList<Language> All =
    [
        Default,
        new("fr", "Français", ReadOnly(new CultureInfo("fr")), new DatePatterns("d MMMM yyyy", "d MMMM", "MMMM yyyy", OrdinalFirstDay: true)),
        new("es", "Español", ReadOnly(new CultureInfo("es")), new DatePatterns("d 'de' MMMM 'de' yyyy", "d 'de' MMMM", "MMMM 'de' yyyy")),
        new("ar", "العربية", ReadOnly(LatinSeparators(new CultureInfo("ar"))), new DatePatterns("d MMMM yyyy", "d MMMM", "MMMM yyyy")),
    ];

    /// <summary>The language of a code ("fr", "FR"), or null for one the site does not speak.</summary>
    public static Language? Find(string? code) =>
        string.IsNullOrEmpty(code) ? null : All.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The language of a culture the request runs in (fr-FR is French); English for any other.</summary>
    public static Language Of(CultureInfo culture)
    {
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (Find(c.Name) is { } language)
            {
                return language;
            }
        }

        return Default;
    }

    /// <summary>The direction of a language by its code, null for null: the <c>dir</c> that goes with a <c>lang</c>
    /// on a text in another language than its page's, so that an English title keeps its order on an Arabic page.</summary>
    public static string? DirectionOf(string? code) => code is null ? null : Find(code)?.Direction ?? "ltr";

    /// <summary>The language the current request is read in.</summary>
    public static Language Current => Of(CultureInfo.CurrentUICulture);

    private static CultureInfo LatinSeparators(CultureInfo culture)
    {
        culture.NumberFormat.NumberGroupSeparator = ",";
        culture.NumberFormat.NumberDecimalSeparator = ".";
        culture.NumberFormat.PercentGroupSeparator = ",";
        culture.NumberFormat.PercentDecimalSeparator = ".";
        culture.NumberFormat.CurrencyGroupSeparator = ",";
        culture.NumberFormat.CurrencyDecimalSeparator = ".";
        return culture;
    }

    private static CultureInfo ReadOnly(CultureInfo culture) => CultureInfo.ReadOnly(culture);
}
