using WsisEvents.Web.Feeds;

namespace WsisEvents.Web.Tests.Feeds;

public class MeetingCsvTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("plain", "plain")]
    [InlineData("São Paulo", "São Paulo")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    [InlineData("semi;colon", "semi;colon")]
    public void Fields_AreQuotedOnlyWhenRfc4180NeedsIt(string? value, string field) =>
        Assert.Equal(field, MeetingCsv.Field(value));

    /// <summary>A cell that a spreadsheet would evaluate gets a leading apostrophe, which spreadsheets show as text.</summary>
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"x\")", "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    [InlineData("a=b", "a=b")]
    [InlineData("e-business", "e-business")]
    public void FormulaLikeFields_GetALeadingApostrophe(string value, string field) =>
        Assert.Equal(field, MeetingCsv.Field(value));
}
