using WsisEvents.Web.Domain;
using WsisEvents.Web.Import;

namespace WsisEvents.Web.Tests.Import;

public class SourceDateParserTests
{
    [Theory]
    [InlineData("10 November 2004, Berlin", "2004-11-10", "2004-11-10", DatePrecision.Day)]
    [InlineData("26-27 February 2004, Geneva", "2004-02-26", "2004-02-27", DatePrecision.Day)]
    [InlineData("14 - 18 March 2005, Ottawa", "2005-03-14", "2005-03-18", DatePrecision.Day)]
    [InlineData("28 June- 1 July 2005, Geneva", "2005-06-28", "2005-07-01", DatePrecision.Day)]
    [InlineData("30 June – 1 July 2005, Thessaloniki", "2005-06-30", "2005-07-01", DatePrecision.Day)]
    [InlineData("29 December 2004 - 2 January 2005, Tunis", "2004-12-29", "2005-01-02", DatePrecision.Day)]
    [InlineData("29 December - 2 January 2005, Tunis", "2004-12-29", "2005-01-02", DatePrecision.Day)]
    [InlineData("28-29 October 2004 , Minsk", "2004-10-28", "2004-10-29", DatePrecision.Day)]
    [InlineData("7-10 June 2005 (see follow-up meetings)", "2005-06-07", "2005-06-10", DatePrecision.Day)]
    [InlineData("1–15 June 2005, online", "2005-06-01", "2005-06-15", DatePrecision.Day)]
    [InlineData("3 Sept 2005, Geneva", "2005-09-03", "2005-09-03", DatePrecision.Day)]
    [InlineData("April 2005, Geneva", "2005-04-01", "2005-04-30", DatePrecision.Month)]
    [InlineData("February 2004, Geneva", "2004-02-01", "2004-02-29", DatePrecision.Month)]
    [InlineData("April-May 2005, Geneva", "2005-04-01", "2005-05-31", DatePrecision.Month)]
    [InlineData("2005, Geneva", "2005-01-01", "2005-12-31", DatePrecision.Year)]
    [InlineData("31 May - 2 June 2005, Geneva", "2005-05-31", "2005-06-02", DatePrecision.Day)]
    [InlineData("June 24-26, 2004, Hammamet", "2004-06-24", "2004-06-26", DatePrecision.Day)]
    [InlineData("June 30 - July 2, 2004, Hammamet", "2004-06-30", "2004-07-02", DatePrecision.Day)]
    [InlineData("June 24, 2004, Hammamet", "2004-06-24", "2004-06-24", DatePrecision.Day)]
    [InlineData("24th to 26th June, 2004, Hammamet", "2004-06-24", "2004-06-26", DatePrecision.Day)]
    [InlineData("5-6 and 9 December 2003, Geneva", "2003-12-05", "2003-12-09", DatePrecision.Day)]
    public void Parse_SourceDateFormats_ReadsSpanAndPrecision(string text, string start, string end, DatePrecision precision)
    {
        var result = SourceDateParser.Parse(text);

        Assert.Equal(SourceDateParser.Outcome.Parsed, result.Outcome);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), result.Span.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), result.Span.End);
        Assert.Equal(precision, result.Span.Precision);
    }

    [Theory]
    [InlineData("26-27 February 2004, Geneva", "26-27 February 2004")]
    [InlineData("April 2005, Geneva", "April 2005")]
    [InlineData("14 - 18 March 2005, Ottawa", "14 - 18 March 2005")]
    public void Parse_StopsAtTheEndOfTheDate(string text, string date)
    {
        Assert.Equal(date.Length, SourceDateParser.Parse(text).Length);
    }

    [Theory]
    [InlineData("31 February 2005, Geneva")]
    [InlineData("5-2 March 2005, Geneva")]
    [InlineData("12-14 Smarch 2005, Geneva")]
    [InlineData("40 May 2005, Geneva")]
    [InlineData("2005-06-07, Geneva")]
    [InlineData("2004-2005, Geneva")]
    public void Parse_ImpossibleOrGarbledDate_IsInvalidNotGuessed(string text)
    {
        Assert.Equal(SourceDateParser.Outcome.Invalid, SourceDateParser.Parse(text).Outcome);
    }

    [Theory]
    [InlineData("Outcomes of the Regional and Thematic Meetings")]
    [InlineData("Geneva, 2005")]
    [InlineData("")]
    public void Parse_TextWithoutLeadingDate_IsNoDate(string text)
    {
        Assert.Equal(SourceDateParser.Outcome.NoDate, SourceDateParser.Parse(text).Outcome);
    }

    [Theory]
    [InlineData("5-6 and 9 December 2003, Geneva", true)]
    [InlineData("5-9 December 2003, Geneva", false)]
    public void Parse_DaysThatAreNotOneRun_AreFlagged(string text, bool disjoint)
    {
        Assert.Equal(disjoint, SourceDateParser.Parse(text).Disjoint);
    }

    [Theory]
    [InlineData("15-26 September, 10-14 November 2003", 15, 9, 26, 9)]
    [InlineData("29 December - 2 January, 5 May 2005", 29, 12, 2, 1)]
    [InlineData("3 March and 5 May 2005", 3, 3, 3, 3)]
    public void ParseWithoutYear_ReadsTheFirstDatesOfAList(string text, int startDay, int startMonth, int endDay, int endMonth)
    {
        var dates = SourceDateParser.ParseWithoutYear(text);

        Assert.Equal((startDay, startMonth, endDay, endMonth), (dates!.Value.StartDay, dates.Value.StartMonth, dates.Value.EndDay, dates.Value.EndMonth));
    }

    [Theory]
    [InlineData("15-26 September 2003, Geneva")]
    [InlineData("Geneva, 15 September")]
    public void ParseWithoutYear_OfADateWithItsYearOrNoDate_IsNull(string text)
    {
        Assert.Null(SourceDateParser.ParseWithoutYear(text));
    }
}
