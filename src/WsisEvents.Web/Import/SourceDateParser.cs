using System.Globalization;
using System.Text.RegularExpressions;

namespace WsisEvents.Web.Import;

/// <summary>Reads the date that opens a meeting line of the source pages: "7-9 July 2004", "14 - 18 March 2005",
/// "28 June- 1 July 2005", "29 December 2004 - 2 January 2005", "10 November 2004", "5-6 and 9 December 2003"
/// (days that are not consecutive: the span from the first to the last, flagged), "June 24-26, 2004",
/// "24th to 26th June, 2004", "April 2005", "April-May 2005" and "2005". Dashes may be hyphens, en or em dashes,
/// with or without spaces, or "to". <see cref="ParseWithoutYear"/> reads the first dates of a list whose year
/// comes last ("15-26 September, 10-14 November and 5-6 and 9 December 2003").</summary>
public static partial class SourceDateParser
{
    private const string Month =
        "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

    private const string D1 = @"(?<d1>[0-9]{1,2})(?:st|nd|rd|th)?";

    private const string D2 = @"(?<d2>[0-9]{1,2})(?:st|nd|rd|th)?";

    private const string Dash = @"(?:\s*[-‐‑–—]\s*|\s+(?:to|until)\s+)";

    // A comma may stand between the month and the year ("24-26 June, 2004").
    private const string Year = @"\s*,?\s+(?<y2>[0-9]{4})\b";

    // Ordered from the most to the least specific; each is anchored at the start of the text and must end at a
    // word boundary, so "2005, Geneva" and "2005 (see …)" both stop after the year.
    [GeneratedRegex(@"^" + D1 + @"\s+(?<m1>" + Month + @")\s+(?<y1>[0-9]{4})" + Dash + D2 + @"\s+(?<m2>" + Month + @")" + Year, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AcrossYears();

    [GeneratedRegex(@"^" + D1 + @"\s+(?<m1>" + Month + @")" + Dash + D2 + @"\s+(?<m2>" + Month + @")" + Year, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AcrossMonths();

    [GeneratedRegex(@"^" + D1 + Dash + D2 + @"\s+(?<m2>" + Month + @")" + Year, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WithinMonth();

    // "5-6 and 9 December 2003", "5, 6 and 9 December 2003": days of one month that are not one run.
    [GeneratedRegex(@"^" + D1 + @"(?:" + Dash + @"[0-9]{1,2})?(?:\s*(?:,|and|&)\s*(?:[0-9]{1,2}" + Dash + @")?" + D2 + @")+\s+(?<m2>" + Month + @")" + Year, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DaysWithinMonth();

    [GeneratedRegex(@"^" + D2 + @"\s+(?<m2>" + Month + @")" + Year, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SingleDay();

    // "June 24-26, 2004", "June 30 - July 2, 2004", "June 24, 2004".
    [GeneratedRegex(@"^(?<m1>" + Month + @")\s+" + D1 + @"(?:" + Dash + @"(?:(?<m2>" + Month + @")\s+)?" + D2 + @")?\s*,\s*(?<y2>[0-9]{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"^(?:" + D1 + @"\s+(?<m1>" + Month + @")" + Dash + D2 + @"\s+(?<m2>" + Month + @")|" + D1 + Dash + D2 + @"\s+(?<m2>" + Month + @")|" + D2 + @"\s+(?<m2>" + Month + @"))\b(?!\s*,?\s*[0-9]{4}\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WithoutYear();

    [GeneratedRegex(@"^(?<m1>" + Month + @")" + Dash + @"(?<m2>" + Month + @")\s+(?<y2>[0-9]{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthRange();

    [GeneratedRegex(@"^(?<m2>" + Month + @")" + Year, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
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

    /// <summary>What was read: the span, how many characters of the text it took, the reason it could not be
    /// read, and whether the text names days that are not one run ("5-6 and 9 December 2003"; the span goes from
    /// the first to the last).</summary>
    public readonly record struct Result(Outcome Outcome, DateSpan Span, int Length, string? Error, bool Disjoint = false);

    /// <summary>Days and months without their year, as the first dates of a list give them.</summary>
    public readonly record struct Yearless(int StartDay, int StartMonth, int EndDay, int EndMonth, int Length)
    {
        /// <summary>The span in the year of the date that follows it in the list; a month after that date's is in
        /// the year before ("29 December, 3 January 2005").</summary>
        public DateSpan? In(DateSpan following)
        {
            var endYear = EndMonth > following.Start.Month ? following.Start.Year - 1 : following.Start.Year;
            var startYear = StartMonth > EndMonth ? endYear - 1 : endYear;
            return TryDate(startYear, StartMonth, StartDay, out var start) && TryDate(endYear, EndMonth, EndDay, out var end) && start <= end
                ? new DateSpan(start, end, DatePrecision.Day)
                : null;
        }
    }

    public static Yearless? ParseWithoutYear(string text)
    {
        text = text.TrimStart();
        var match = WithoutYear().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var endMonth = MonthNumber(match.Groups["m2"].Value);
        var endDay = Number(match.Groups["d2"]);
        return new Yearless(
            match.Groups["d1"].Success ? Number(match.Groups["d1"]) : endDay,
            match.Groups["m1"].Success ? MonthNumber(match.Groups["m1"].Value) : endMonth,
            endDay,
            endMonth,
            match.Length);
    }

    public static Result Parse(string text)
    {
        text = text.TrimStart();
        Match match;
        if ((match = AcrossYears().Match(text)).Success
            || (match = AcrossMonths().Match(text)).Success
            || (match = WithinMonth().Match(text)).Success
            || (match = SingleDay().Match(text)).Success
            || (match = MonthFirst().Match(text)).Success)
        {
            return FromDays(match);
        }

        if ((match = DaysWithinMonth().Match(text)).Success)
        {
            return FromDays(match) with { Disjoint = true };
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
        var endMonth = MonthNumber((match.Groups["m2"].Success ? match.Groups["m2"] : match.Groups["m1"]).Value);
        var endDay = Number(match.Groups["d2"].Success ? match.Groups["d2"] : match.Groups["d1"]);

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
