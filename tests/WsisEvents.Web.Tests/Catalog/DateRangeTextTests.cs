using System.Globalization;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Domain;

namespace WsisEvents.Web.Tests.Catalog;

public class DateRangeTextTests
{
    [Theory]
    [InlineData("2004-11-10", "2004-11-10", DatePrecision.Day, "10 November 2004")]
    [InlineData("2004-07-07", "2004-07-09", DatePrecision.Day, "7–9 July 2004")]
    [InlineData("2005-06-28", "2005-07-01", DatePrecision.Day, "28 June – 1 July 2005")]
    [InlineData("2004-12-29", "2005-01-02", DatePrecision.Day, "29 December 2004 – 2 January 2005")]
    [InlineData("2005-04-01", "2005-04-30", DatePrecision.Month, "April 2005")]
    [InlineData("2005-04-01", "2005-05-31", DatePrecision.Month, "April–May 2005")]
    [InlineData("2004-12-01", "2005-01-31", DatePrecision.Month, "December 2004 – January 2005")]
    [InlineData("2005-01-01", "2005-12-31", DatePrecision.Year, "2005")]
    [InlineData("2005-01-01", "2006-12-31", DatePrecision.Year, "2005–2006")]
    public void Format_WritesDatesAsPeopleDo(string start, string end, DatePrecision precision, string expected)
    {
        var text = DateRangeText.Format(
            DateOnly.Parse(start, CultureInfo.InvariantCulture), DateOnly.Parse(end, CultureInfo.InvariantCulture), precision);

        Assert.Equal(expected, text);
    }
}
