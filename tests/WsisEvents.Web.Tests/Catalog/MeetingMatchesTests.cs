using WsisEvents.Web.Catalog;

namespace WsisEvents.Web.Tests.Catalog;

public sealed class MeetingMatchesTests
{
    private static readonly MeetingMatches Catalog = new(
    [
        new(1, new DateOnly(2004, 12, 30), new DateOnly(2005, 1, 2)),
        new(2, new DateOnly(2005, 1, 1), new DateOnly(2005, 1, 1)),
        new(3, new DateOnly(2005, 1, 1), new DateOnly(2005, 1, 3)),
        new(4, new DateOnly(2005, 6, 1), new DateOnly(2005, 6, 1)),
        new(5, new DateOnly(2005, 12, 31), new DateOnly(2006, 1, 1)),
        new(6, new DateOnly(2006, 1, 1), new DateOnly(2006, 1, 1)),
    ]);

    [Theory]
    [InlineData("2005-01-01", "2005-12-31", 4)]
    [InlineData("2005-01-02", "2005-12-30", 1)]
    [InlineData(null, "2005-01-01", 3)]
    [InlineData("2005-06-01", null, 3)]
    [InlineData(null, null, 6)]
    [InlineData("2007-01-01", null, 0)]
    [InlineData("2005-07-01", "2005-02-01", 0)]
    public void CountStarting_CountsTheMeetingsThatStartInTheRange_BothEndsIncluded(string? first, string? last, int expected) =>
        Assert.Equal(expected, Catalog.CountStarting(first is null ? null : DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), last is null ? null : DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture)));
}
