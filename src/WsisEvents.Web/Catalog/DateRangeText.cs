using System.Globalization;
using WsisEvents.Web.Localization;

namespace WsisEvents.Web.Catalog;

/// <summary>Dates as people write them, in the language of the request: "10 November 2004", "7–9 July 2004",
/// "28 June – 1 July 2005", "29 December 2004 – 2 January 2005", "April 2005", "April–May 2005", "2005"; in French
/// "28 juin – 1er juillet 2005", in Spanish "7–9 de julio de 2004". A date known to the month is never shown with a
/// day.</summary>
public static class DateRangeText
{
    private const string Dash = "–";

    public static string Format(DateOnly start, DateOnly end, DatePrecision precision) => Format(start, end, precision, Languages.Current);

    public static string Format(DateOnly start, DateOnly end, DatePrecision precision, Language language) => precision switch
    {
        DatePrecision.Year => start.Year == end.Year ? Year(start) : $"{Year(start)}{Dash}{Year(end)}",
        DatePrecision.Month => FormatMonths(start, end, language),
        _ => FormatDays(start, end, language),
    };

    public static string MonthAndYear(int year, int month) => MonthAndYear(year, month, Languages.Current);

    public static string MonthAndYear(int year, int month, Language language) =>
        new DateOnly(year, month, 1).ToString(language.Dates.MonthYear, language.Culture);

    private static string FormatDays(DateOnly start, DateOnly end, Language language)
    {
        var p = language.Dates;
        if (start == end)
        {
            return Day(start, p.DayMonthYear, language);
        }

        if (start.Year != end.Year)
        {
            return $"{Day(start, p.DayMonthYear, language)} {Dash} {Day(end, p.DayMonthYear, language)}";
        }

        return start.Month == end.Month
            ? $"{DayNumber(start, language)}{Dash}{Day(end, p.DayMonthYear, language)}"
            : $"{Day(start, p.DayMonth, language)} {Dash} {Day(end, p.DayMonthYear, language)}";
    }

    private static string FormatMonths(DateOnly start, DateOnly end, Language language)
    {
        var monthYear = language.Dates.MonthYear;
        if (start.Year == end.Year && start.Month == end.Month)
        {
            return start.ToString(monthYear, language.Culture);
        }

        return start.Year == end.Year
            ? $"{start.ToString("MMMM", language.Culture)}{Dash}{end.ToString(monthYear, language.Culture)}"
            : $"{start.ToString(monthYear, language.Culture)} {Dash} {end.ToString(monthYear, language.Culture)}";
    }

    /// <summary>A date in a pattern that starts with its day ("d"), the day written as the language writes it.</summary>
    private static string Day(DateOnly date, string pattern, Language language) =>
        DayNumber(date, language) + date.ToString(pattern[1..], language.Culture);

    private static string DayNumber(DateOnly date, Language language) =>
        date.Day == 1 && language.Dates.OrdinalFirstDay ? "1er" : date.Day.ToString(language.Culture);

    private static string Year(DateOnly date) => date.Year.ToString(CultureInfo.InvariantCulture);
}
