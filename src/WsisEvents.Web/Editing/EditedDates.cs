using System.Globalization;

namespace WsisEvents.Web.Editing;

/// <summary>Reads the dates of the meeting form in the format their precision asks for: 2005-04-15 for a day,
/// 2005-04 for a month, 2005 for a year. An empty end is the start.</summary>
public static class EditedDates
{
    public sealed record Result(DateSpan? Span, string? StartError, string? EndError);

    public static Result Read(string start, string? end, DatePrecision precision)
    {
        var (first, startError) = Parse(start, precision, isEnd: false);
        var (last, endError) = string.IsNullOrWhiteSpace(end) ? Parse(start, precision, isEnd: true) : Parse(end, precision, isEnd: true);
        if (startError is not null || endError is not null)
        {
            return new Result(null, startError, string.IsNullOrWhiteSpace(end) ? null : endError);
        }

        return last < first
            ? new Result(null, null, "The end is before the start.")
            : new Result(new DateSpan(first, last, precision), null, null);
    }

    /// <summary>How a stored date reads in the form for its precision.</summary>
    public static string Format(DateOnly date, DatePrecision precision) => date.ToString(precision switch
    {
        DatePrecision.Month => "yyyy-MM",
        DatePrecision.Year => "yyyy",
        _ => "yyyy-MM-dd",
    }, CultureInfo.InvariantCulture);

    private static (DateOnly Date, string? Error) Parse(string text, DatePrecision precision, bool isEnd)
    {
        text = text.Trim();
        var (format, example, name) = precision switch
        {
            DatePrecision.Month => ("yyyy-MM", "2005-04", "a month"),
            DatePrecision.Year => ("yyyy", "2005", "a year"),
            _ => ("yyyy-MM-dd", "2005-04-15", "a day"),
        };
        if (!DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || date.Year < 1900 || date.Year > 2100)
        {
            var hint = precision != DatePrecision.Day && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                ? $" These dates are known to {name} only, so give no day."
                : precision == DatePrecision.Day && DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                    ? " If only the month is known, choose month precision."
                    : "";
            return (default, $"Write {name} as {example} (a year from 1900 to 2100).{hint}");
        }

        if (!isEnd)
        {
            return (date, null);
        }

        return (precision switch
        {
            DatePrecision.Month => DateSpan.ForMonth(date.Year, date.Month).End,
            DatePrecision.Year => DateSpan.ForYear(date.Year).End,
            _ => date,
        }, null);
    }
}
