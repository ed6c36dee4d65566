using System.Globalization;
using System.Text.RegularExpressions;
using WsisEvents.Web.Domain;

namespace WsisEvents.Web.Import;

/// <summary>Reads the date that opens a meeting line of the source pages: "7-9 July 2004", "14 - 18 March 2005",
/// "28 June- 1 July 2005", "29 December 2004 - 2 January 2005", "10 November 2004", "April 2005",
/// "April-May 2005" and "2005". Dashes may be hyphens, en or em dashes, with or without spaces.</summary>
public static partial class SourceDateParser
{
    private const string Month =
        "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

    private const string Dash = @"\s*[-‐‑–—]\s*";

    // Ordered from the most to the least specific; each is anchored at the start of the text and must end at a
    // word boundary, so "2005, Geneva" and "2005 (see …)" both stop after the year.
    [GeneratedRegex(@"^(?<d1>[0-9]{1,2})\s+(?<m1>" + Month + @")\s+(?<y1>[0-9]{4})" + Dash + @"(?<d2>[0-9]{1,2})\s+(?<m2>" + Month + @")\s+(?<y2>[0-9]{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AcrossYears();

    [GeneratedRegex(@"^(?<d1>[0-9]{1,2})\s+(?<m1>" + Month + @")" + Dash + @"(?<d2>[0-9]{1,2})\s+(?<m2>" + Month + @")\s+(?<y2>[0-9]{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AcrossMonths();

    [GeneratedRegex(@"^(?<d1>[0-9]{1,2})" + Dash + @"(?<d2>[0-9]{1,2})\s+(?<m2>" + Month + @")\s+(?<y2>[0-9]{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WithinMonth();

    [GeneratedRegex(@"^(?<d2>[0-9]{1,2})\s+(?<m2>" + Month + @")\s+(?<y2>[0-9]{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SingleDay();

    [GeneratedRegex(@"^(?<m1>" + Month + @")" + Dash + @"(?<m2>" + Month + @")\s+(?<y2>[0-9]{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthRange();

    [GeneratedRegex(@"^(?<m2>" + Month + @")\s+(?<y2>[0-9]{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthOnly();

    [GeneratedRegex(@"^(?<y2>(?:19|20)[0-9]{2})\b(?!\s*[-‐‑–—/.:]?\s*[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"^(?:[0-9]{1,2}\s*(?:[-‐‑–—]\s*[0-9]{1,2}\s*)?)?" + Month + @"\b|^[0-9]{1,2}\s*[-‐‑–—]|^[0-9]{4}\s*[-‐‑–—/.]\s*[0-9]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LooksLikeDate();

    public enum Outcome
    {
        /// <summary>The text does not start with a date (a navigation line, say).</summary>
        NoDate,

        /// <summary>The text starts like a date but the date is impossible or garbled ("31 February 2005").</summary>
        Invalid,

        Parsed,
    }

    public readonly record struct Result(Outcome Outcome, DateSpan Span, int Length, string? Error);

    public static Result Parse(string text)
    {
        text = text.TrimStart();
        Match match;
        if ((match = AcrossYears().Match(text)).Success
            || (match = AcrossMonths().Match(text)).Success
            || (match = WithinMonth().Match(text)).Success
            || (match = SingleDay().Match(text)).Success)
        {
            return FromDays(match);
        }

        if ((match = MonthRange().Match(text)).Success || (match = MonthOnly().Match(text)).Success)
        {
            return FromMonths(match);
        }

        if ((match = YearOnly().Match(text)).Success)
        {
            var year = Number(match.Groups["y2"]);
            return new Result(Outcome.Parsed, DateSpan.ForYear(year), match.Length, null);
        }

        return LooksLikeDate().IsMatch(text)
            ? new Result(Outcome.Invalid, default, 0, "the date could not be read")
            : new Result(Outcome.NoDate, default, 0, null);
    }

    private static Result FromDays(Match match)
    {
        var endYear = Number(match.Groups["y2"]);
        var endMonth = MonthNumber(match.Groups["m2"].Value);
        var endDay = Number(match.Groups["d2"]);

        var startYear = match.Groups["y1"].Success ? Number(match.Groups["y1"]) : endYear;
        var startMonth = match.Groups["m1"].Success ? MonthNumber(match.Groups["m1"].Value) : endMonth;
        var startDay = match.Groups["d1"].Success ? Number(match.Groups["d1"]) : endDay;

        // "29 December - 2 January 2005": without a year of its own, a start month after the end month is in the
        // year before.
        if (!match.Groups["y1"].Success && startMonth > endMonth)
        {
            startYear--;
        }

        if (!TryDate(startYear, startMonth, startDay, out var start) || !TryDate(endYear, endMonth, endDay, out var end))
        {
            return new Result(Outcome.Invalid, default, 0, "the date names a day that does not exist");
        }

        return end < start
            ? new Result(Outcome.Invalid, default, 0, "the date range ends before it starts")
            : new Result(Outcome.Parsed, new DateSpan(start, end, DatePrecision.Day), match.Length, null);
    }

    private static Result FromMonths(Match match)
    {
        var year = Number(match.Groups["y2"]);
        var endMonth = MonthNumber(match.Groups["m2"].Value);
        var startMonth = match.Groups["m1"].Success ? MonthNumber(match.Groups["m1"].Value) : endMonth;
        var startYear = startMonth > endMonth ? year - 1 : year;
        if (year is < 1 or > 9999 || startYear < 1)
        {
            return new Result(Outcome.Invalid, default, 0, "the year is out of range");
        }

        var span = new DateSpan(
            new DateOnly(startYear, startMonth, 1),
            DateSpan.ForMonth(year, endMonth).End,
            DatePrecision.Month);
        return new Result(Outcome.Parsed, span, match.Length, null);
    }

    private static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>The patterns only match ASCII digits ([0-9], not \d, which also matches Arabic-Indic or fullwidth
    /// digits), so this cannot fail.</summary>
    private static int Number(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int MonthNumber(string name) => name.TrimEnd('.').ToLowerInvariant()[..3] switch
    {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "The month pattern let through a name that is not a month."),
    };
}
