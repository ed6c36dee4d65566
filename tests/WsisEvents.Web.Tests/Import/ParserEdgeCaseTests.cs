using WsisEvents.Web.Import;

namespace WsisEvents.Web.Tests.Import;

/// <summary>Inputs found in review that once crashed the parser, hung it or read the page wrong.</summary>
public class ParserEdgeCaseTests
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase) { "ITU", "ILO", "ITC", "OECD", "UNCTAD", "UNESCO", "WIPO" };

    private static readonly SourcePageParser Parser = new(n => Known.Contains(n.Trim()));

    [Theory]
    [InlineData("go ١٢ May 2005, Geneva (Switzerland), ITU - Arabic-Indic Day")]
    [InlineData("go 12 May ２００５, Geneva (Switzerland), ITU - Fullwidth Year")]
    [InlineData("go 20٠٥, Geneva (Switzerland), ITU - Mixed Digits")]
    public void NonAsciiDigits_AreAnUnreadableLineNotACrash(string line)
    {
        var parsed = Parser.Parse(line, "t.txt");

        Assert.Empty(parsed.Meetings);
        Assert.Single(parsed.Skipped);
    }

    [Fact]
    public void VeryLongMeetingLine_IsReportedAsUnreadable()
    {
        var names = string.Join("/", Enumerable.Range(0, 1500).Select(i => $"Org{i}"));
        var line = $"go 1 May 2005, Geneva (Switzerland), {names} - Title";

        var parsed = Parser.Parse(line + "\n", "t.txt");

        Assert.Empty(parsed.Meetings);
        Assert.Contains("longer than", Assert.Single(parsed.Skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ManyOrganizersWithinTheLimit_AreSplitInOrder()
    {
        var names = Enumerable.Range(0, 80).Select(i => $"Org{i}").ToList();

        var parsed = Parser.Parse($"go 1 May 2005, Geneva (Switzerland), {string.Join("/", names)} - Title\n", "t.txt");

        Assert.Equal(names, Assert.Single(parsed.Meetings).Organizers);
    }

    [Fact]
    public void MixedSeparators_SplitIntoEachOrganizer()
    {
        var parsed = Parser.Parse("go 1 May 2005, Geneva (Switzerland), ILO/ITC, OECD and UNCTAD - Title\n", "t.txt");

        Assert.Equal(["ILO", "ITC", "OECD", "UNCTAD"], Assert.Single(parsed.Meetings).Organizers);
    }

    [Fact]
    public void MarkedHeadingRightAfterADescription_StartsANewCategory()
    {
        const string page = "\u00a0First Section\n\ngo 1 May 2005, Rome (Italy), ITU - A\n\nAbout A.\n\u00a0Second Section\n\ngo 2 May 2005, Rome (Italy), ITU - B\n";

        var parsed = Parser.Parse(page, "t.txt");

        Assert.Equal(["First Section", "Second Section"], parsed.Meetings.Select(m => m.Category));
        Assert.Equal("About A.", parsed.Meetings[0].Description);
    }

    [Fact]
    public void UnmarkedShortParagraph_AfterTwoBlankLines_StaysInTheDescription()
    {
        const string page = "\u00a0Meetings\n\ngo 1 May 2005, Rome (Italy), ITU - A\n\nAbout A.\n\n\nProgramme and registration\n\nMore about A.\n\ngo 2 May 2005, Rome (Italy), ITU - B\n";

        var parsed = Parser.Parse(page, "t.txt");

        Assert.Equal("About A.\n\nProgramme and registration\n\nMore about A.", parsed.Meetings[0].Description);
        Assert.Equal(["Meetings", "Meetings"], parsed.Meetings.Select(m => m.Category));
    }

    [Fact]
    public void UnmarkedHeadingFollowedByAMeeting_IsAHeadingWithAWarning()
    {
        const string page = "go 1 May 2005, Rome (Italy), ITU - A\n\nAbout A.\n\n\nRegional Meetings\n\ngo 2 May 2005, Rome (Italy), ITU - B\n";

        var parsed = Parser.Parse(page, "t.txt");

        Assert.Equal("Regional Meetings", parsed.Meetings[1].Category);
        Assert.Contains(parsed.Warnings, w => w.Line == 6);
    }

    [Theory]
    [InlineData("Copyright and related rights were the subject of the second day.")]
    [InlineData("Sessions: policy | practice.")]
    public void SentenceAboutCopyrightOrWithABar_StaysInTheDescription(string paragraph)
    {
        var parsed = Parser.Parse($"go 1 June 2005, online, WIPO - Forum\n\nFirst.\n\n{paragraph}\n\nLast.\n", "t.txt");

        Assert.Equal($"First.\n\n{paragraph}\n\nLast.", Assert.Single(parsed.Meetings).Description);
    }

    [Theory]
    [InlineData("go 2005 Meetings archive")]
    [InlineData("go 2004-2005 archive")]
    [InlineData("go 2005-06-07, Geneva (Switzerland), ITU - ISO Date")]
    public void DateFollowedByNoMeetingShape_IsNotAMeeting(string line)
    {
        var parsed = Parser.Parse(line + "\n", "t.txt");

        Assert.Empty(parsed.Meetings);
        Assert.Single(parsed.Skipped);
    }

    [Fact]
    public void OnlineWithAHostCity_IsOnline()
    {
        var meeting = Assert.Single(Parser.Parse("go 1 June 2005, online (Geneva), WIPO - Forum\n", "t.txt").Meetings);

        Assert.True(meeting.IsOnline);
        Assert.Null(meeting.City);
    }

    [Fact]
    public void TitleLongerThanTheColumn_IsReportedNotTruncated()
    {
        var parsed = Parser.Parse($"go 1 June 2005, Geneva (Switzerland), ITU - {new string('x', 400)}\n", "t.txt");

        Assert.Empty(parsed.Meetings);
        Assert.Contains("title longer than", Assert.Single(parsed.Skipped).Reason, StringComparison.Ordinal);
    }
}
