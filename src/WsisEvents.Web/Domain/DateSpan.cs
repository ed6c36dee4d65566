using System.Globalization;

namespace WsisEvents.Web.Domain;

/// <summary>The dates of a meeting as a source states them: first and last day (inclusive) and how precisely
/// they are known. A month-precision span covers the whole month(s) named.</summary>
public readonly record struct DateSpan(DateOnly Start, DateOnly End, DatePrecision Precision)
{
    public static DateSpan ForMonth(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)), DatePrecision.Month);

    public static DateSpan ForYear(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year);

    public string StartIso => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string EndIso => End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
