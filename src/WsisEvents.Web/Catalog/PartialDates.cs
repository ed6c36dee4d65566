using System.Globalization;

namespace WsisEvents.Web.Catalog;

/// <summary>ISO 8601 dates cut to their precision: "2010", "2008-05", "2008-05-14".</summary>
public static class PartialDates
{
    public static string? Format(DateOnly? date, DatePrecision precision) => date?.ToString(precision switch
    {
        DatePrecision.Year => "yyyy",
        DatePrecision.Month => "yyyy-MM",
        _ => "yyyy-MM-dd",
    }, CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out DateOnly? date, out DatePrecision precision)
    {
        date = null;
        precision = DatePrecision.Day;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        foreach (var (format, p) in new[] { ("yyyy-MM-dd", DatePrecision.Day), ("yyyy-MM", DatePrecision.Month), ("yyyy", DatePrecision.Year) })
        {
            if (DateOnly.TryParseExact(text.Trim(), format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                date = parsed;
                precision = p;
                return true;
            }
        }

        return false;
    }
}
