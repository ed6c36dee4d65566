using WsisEvents.Web.Seeding;
using WsisEvents.Web.Domain;
using WsisEvents.Web.Import;

namespace WsisEvents.Web.Tests.Import;

public class SourcePageParserTests
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "ITU", "UNDP", "UNESCO", "CODATA", "World Summit Award", "Government of Azerbaijan", "WIPO",
    };

    private static readonly SourcePageParser Parser = new(name =>
    {
        var trimmed = name.Trim();
        var open = trimmed.LastIndexOf('(');
        return Known.Contains(trimmed) || (open > 0 && trimmed.EndsWith(')') && Known.Contains(trimmed[..open].Trim()));
    });

    private static ParsedMeeting ParseOne(string goLine)
    {
        var page = Parser.Parse($"\u00a0WSIS Thematic Meetings (chronological list)\n\ngo {goLine}\n\nWhat happened there.\n", "test.txt");
        return Assert.Single(page.Meetings);
    }

    [Theory]
    [InlineData("7-9 July 2004, Geneva (Switzerland), ITU - WSIS Thematic Meeting on Countering Spam", "Geneva", "Switzerland", false)]
    [InlineData("1-15 June 2005, online, WIPO - Online forum on Intellectual Property", null, null, true)]
    [InlineData("11-13 February 2005, Malta, Government of Malta/Diplo Foundation - Multistakeholder Diplomacy", null, "Malta", false)]
    [InlineData("28-29 October 2004 , Minsk (Republic of Belarus), UNESCO - Law", "Minsk", "Republic of Belarus", false)]
    [InlineData("17-19 May 2005, St. Petersburg (Russia), UNESCO - Cultural Diversity", "St. Petersburg", "Russia", false)]
    public void Parse_Place_ReadsCityCountryOrOnline(string line, string? city, string? country, bool online)
    {
        var meeting = ParseOne(line);

        Assert.Equal(city, meeting.City);
        Assert.Equal(country, meeting.Country);
        Assert.Equal(online, meeting.IsOnline);
    }

    [Theory]
    [InlineData("7-9 July 2004, Geneva (Switzerland), ITU - WSIS Thematic Meeting on Countering Spam", "WSIS Thematic Meeting on Countering Spam", new[] { "ITU" })]
    [InlineData("10 November 2004, Berlin (Germany), CODATA (ICSU)WSIS Session", "WSIS Session", new[] { "CODATA (ICSU)" })]
    [InlineData("25-28 November 2004, Baku (Azerbaijan), Government of Azerbaijan/World Summit Award/UNDPGlobal ICT Conference 2004",
        "Global ICT Conference 2004", new[] { "Government of Azerbaijan", "World Summit Award", "UNDP" })]
    [InlineData("28 February 2005, Bangkok (Thailand), Asia-Pacific Telecommunity (APT)/ITU - \"Role of ICT for Disaster Reduction\"",
        "Role of ICT for Disaster Reduction", new[] { "Asia-Pacific Telecommunity (APT)", "ITU" })]
    [InlineData("20-21 June 2005, Geneva (Switzerland), UNECE/ECA/ECLAC/ESCAP/ESCWA\u00a0 - Forum on Paperless Trade",
        "Forum on Paperless Trade", new[] { "UNECE", "ECA", "ECLAC", "ESCAP", "ESCWA" })]
    [InlineData("28-29 October 2004 , Minsk (Republic of Belarus), Government of the Republic of Belarus/UNESCO -“information Technologies and Law” (Legal Informatization – 2004)",
        "“Information Technologies and Law” (Legal Informatization – 2004)", new[] { "Government of the Republic of Belarus", "UNESCO" })]
    [InlineData("2-5 November 2004, San Paulo (Brazil), Brazilian Chamber of Commerce/ITC - Latin-American e-Business Forum",
        "Latin-American e-Business Forum", new[] { "Brazilian Chamber of Commerce", "ITC" })]
    [InlineData("23-24 June 2005, Seoul (Korea), Government of Republic of Korea (MIC/KADO)/ITU - Thematic Meeting on Partnerships",
        "Thematic Meeting on Partnerships", new[] { "Government of Republic of Korea (MIC/KADO)", "ITU" })]
    [InlineData("14 - 18 March 2005, Ottawa (Canada), Government of Canada and UN Permanent Forum on Indigenous Issues - Indigenous Peoples",
        "Indigenous Peoples", new[] { "Government of Canada", "UN Permanent Forum on Indigenous Issues" })]
    [InlineData("11-13 May 2005, Paris (France), UNESCO and the Club of Rome - World Conference on ICT for Capacity-Building: Critical Success Factors",
        "World Conference on ICT for Capacity-Building: Critical Success Factors", new[] { "UNESCO", "the Club of Rome" })]
    public void Parse_OrganizersAndTitle_AreToldApart(string line, string title, string[] organizers)
    {
        var meeting = ParseOne(line);

        Assert.Equal(title, meeting.Title);
        Assert.Equal(organizers, meeting.Organizers);
    }

    [Fact]
    public void Parse_UnclosedTypographicQuote_IsClosedAndReported()
    {
        var page = Parser.Parse("go 21-22 June 2005, Berlin (Germany), Government of Germany\u00a0 - International Policy Dialogue: “Mainstreaming ICT for Development\n", "t.txt");

        Assert.Equal("International Policy Dialogue: “Mainstreaming ICT for Development”", Assert.Single(page.Meetings).Title);
        Assert.Contains(page.Warnings, w => w.Line == 1 && w.Reason.Contains("not closed", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_MonthOnlyDate_KeepsMonthPrecisionWithoutInventingADay()
    {
        var meeting = ParseOne("April 2005, Geneva (Switzerland), ITU - Regional Workshop");

        Assert.Equal(DatePrecision.Month, meeting.Dates.Precision);
        Assert.Equal(new DateOnly(2005, 4, 1), meeting.Dates.Start);
        Assert.Equal(new DateOnly(2005, 4, 30), meeting.Dates.End);
    }

    [Fact]
    public void Parse_DateWithoutPlaceOrOrganizer_IsAMeetingOfItsOwnWithItsQuotedReference()
    {
        var meeting = ParseOne("7-10 June 2005 (see follow-up meetings of the conference \"Measuring the Information Society\")");

        Assert.Equal("Follow-up meetings of the conference \"Measuring the Information Society\"", meeting.Title);
        Assert.Empty(meeting.Organizers);
        Assert.Null(meeting.City);
        Assert.Contains("Measuring the Information Society", meeting.QuotedTitles);
    }

    [Fact]
    public void Parse_HeadingsBecomeCategoriesAndParagraphsDescriptions()
    {
        const string page = "\u00a0WSIS Thematic Meetings (chronological list)\n\ngo 7-9 July 2004, Geneva (Switzerland), ITU - Spam\n\nFirst paragraph.\nSame paragraph.\n\nSecond paragraph.\n\n\n\u00a0Other WSIS-related Meetings\n\n\ngo 11-13 February 2005, Malta, GKP - Diplomacy\n\nAbout diplomacy.\n";

        var parsed = Parser.Parse(page, "t.txt");

        Assert.Collection(parsed.Meetings,
            first =>
            {
                Assert.Equal("WSIS Thematic Meetings", first.Category);
                Assert.Equal("First paragraph.\nSame paragraph.\n\nSecond paragraph.", first.Description);
                Assert.Equal(3, first.Line);
            },
            second =>
            {
                Assert.Equal("Other WSIS-related Meetings", second.Category);
                Assert.Equal("About diplomacy.", second.Description);
            });
    }

    [Fact]
    public void Parse_HeaderNavigationAndFooter_AreSkippedAndReportedWithLineNumbers()
    {
        const string page = "United Nations  International Telecommunication Union\n\n\ngo Outcomes of the Regional and Thematic Meetings\n\n\n\u00a0WSIS Thematic Meetings\n\ngo 7-9 July 2004, Geneva (Switzerland), ITU - Spam\n\nAbout spam.\n\n\n\nbasic information | first phase: Geneva | links\n\nTop - Copyright © WSIS 2015 All Rights Reserved\nPrivacy Notices\nUpdated : 2008-08-18";

        var parsed = Parser.Parse(page, "t.txt");

        Assert.Equal("About spam.", Assert.Single(parsed.Meetings).Description);
        Assert.Equal([1, 4, 15, 17, 18, 19], parsed.Skipped.Select(s => s.Line));
        Assert.Equal("page header", parsed.Skipped[0].Reason);
        Assert.StartsWith("navigation line", parsed.Skipped[1].Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("go 31 February 2005, Geneva (Switzerland), ITU - Impossible Day")]
    [InlineData("go 12-14 Smarch 2005, Geneva (Switzerland), ITU - Misspelt Month")]
    [InlineData("go 12 May 2005,")]
    public void Parse_UnreadableMeetingLine_IsReportedWithItsLineNumberNotDropped(string line)
    {
        var parsed = Parser.Parse($"\u00a0Meetings\n\n{line}\n\nText under it.\n", "t.txt");

        Assert.Empty(parsed.Meetings);
        Assert.Contains(parsed.Skipped, s => s.Line == 3 && s.Reason.StartsWith("unreadable meeting line", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_HeadingWithoutMeetings_IsReported()
    {
        var parsed = Parser.Parse("\u00a0Empty Section\n\n\n\u00a0Meetings\n\ngo 1 May 2005, Rome (Italy), ITU - A\n", "t.txt");

        Assert.Equal("Meetings", Assert.Single(parsed.Meetings).Category);
        Assert.Contains(parsed.Skipped, s => s.Line == 1 && s.Reason == "heading with no meetings under it");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\0\u0001\u0002binary\u00ff\ufffd junk")]
    [InlineData("go\ngo \ngo -\ngo 99\n((((((((")]
    public void Parse_JunkInput_NeverThrowsAndFindsNoMeeting(string text)
    {
        var parsed = Parser.Parse(text, "junk.txt");

        Assert.Empty(parsed.Meetings);
    }

    [Fact]
    public void Parse_SeedPage_FindsEverySourcePageMeetingInThreeCategoriesAndReportsEverythingElse()
    {
        var text = File.ReadAllText(Path.Combine(SeedData.Folder, SeedFiles.MeetingsPage));

        var parsed = Parser.Parse(text, SeedFiles.MeetingsPage);

        Assert.Equal(SeedData.SourcePageMeetings, parsed.Meetings.Count);
        Assert.Equal(
            ["WSIS Thematic Meetings", "WSIS Regional Thematic Meetings", "Other WSIS-related Meetings"],
            parsed.Meetings.Select(m => m.Category).Distinct());
        Assert.Equal([1, 7, 137, 139, 140, 141], parsed.Skipped.Select(s => s.Line));
        // Every meeting has the paragraph under it, but the June 2005 follow-up line, which has none in the source.
        Assert.Equal(76, Assert.Single(parsed.Meetings, m => m.Description is null).Line);
    }
}
