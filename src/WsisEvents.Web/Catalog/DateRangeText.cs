using System.Globalization;

namespace WsisEvents.Web.Catalog;

/// <summary>Dates as people write them: "10 November 2004", "7–9 July 2004", "28 June – 1 July 2005",
/// "29 December 2004 – 2 January 2005", "April 2005", "April–May 2005", "2005". A date known to the month is never
/// shown with a day.</summary>
public static class DateRangeText
{
    private const string Dash = "–";
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Format(DateOnly start, DateOnly end, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => start.Year == end.Year ? Year(start) : $"{Year(start)}{Dash}{Year(end)}",
        DatePrecision.Month => FormatMonths(start, end),
        _ => FormatDays(start, end),
    };

    public static string MonthAndYear(int year, int month) => new DateOnly(year, month, 1).ToString("MMMM yyyy", English);

    private static string FormatDays(DateOnly start, DateOnly end)
    {
        if (start == end)
        {
            return start.ToString("d MMMM yyyy", English);
        }

        if (start.Year != end.Year)
        {
            return $"{start.ToString("d MMMM yyyy", English)} {Dash} {end.ToString("d MMMM yyyy", English)}";
        }

        return start.Month == end.Month
            ? $"{start.Day}{Dash}{end.ToString("d MMMM yyyy", English)}"
            : $"{start.ToString("d MMMM", English)} {Dash} {end.ToString("d MMMM yyyy", English)}";
    }

    private static string FormatMonths(DateOnly start, DateOnly end)
    {
        if (start.Year == end.Year && start.Month == end.Month)
        {
            return start.ToString("MMMM yyyy", English);
        }

        return start.Year == end.Year
            ? $"{start.ToString("MMMM", English)}{Dash}{end.ToString("MMMM yyyy", English)}"
            : $"{start.ToString("MMMM yyyy", English)} {Dash} {end.ToString("MMMM yyyy", English)}";
    }

    private static string Year(DateOnly date) => date.Year.ToString(CultureInfo.InvariantCulture);
}
