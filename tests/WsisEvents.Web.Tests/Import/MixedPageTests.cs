using WsisEvents.Web.Import;

namespace WsisEvents.Web.Tests.Import;

/// <summary>A page of this test's own making that mixes every line form with what a copied page brings along
/// (navigation, headings, document lines, footers): every meeting read, nothing invented, every other line
/// reported.</summary>
public class MixedPageTests
{
    private const string Page = """
        Example Network  Meetings Portal
        go Home
        go Preparatory process

         Preparatory Committee

        go Committee, first session: 24-26 June 2004, Hammerfest, Norway
        go Committee, second session: 17-25 February 2005, Geneva (Switzerland)

        The second session met in two rooms.

        Final Report [PDF, English, 120 KB]
        go Committee, third session: 19-30 September 2005, Geneva (Switzerland) and 13-15 November 2005, Tunis (Tunisia)
        Report in PDF format (English, 1.2 MB)

        Regional Conferences

        • Southern: 25-30 May 2002, Gaborone (Botswana)
        • Northern : 7-9 November 2002, Oslo, Norway
        - Eastern: 13-15 January 2003, Tokyo (Japan) (postponed)
        • Western: 4-6 February 2003, Beirut
        • Online consultation: 1-30 March 2003, online, ITU

        Thematic Meetings

        go 2-3 March 2004, Tunis (Tunisia) - Government of Tunisia and ITU - Brainstorming Meeting on the Summit:
        go 7-9 July 2004, Geneva (Switzerland), ITU - Workshop on Spam Filters
        1. Drafting Group: 15-26 September, 10-14 November, and 5-6 and 9 December 2003, Rome (Italy)
        2. 24-26 June 2004, Bergen (Norway): Committee Meeting on Fisheries
        3. 25-30 May 2004: Regional Conference of the South, Gaborone, Botswana
        go Interim Meeting: 5-7 May 2004
        go 31 June 2004, Cairo (Egypt), ITU - Impossible Day

        basic information | preparatory process | documents
        Copyright © 2026 Example Network
        """;

    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase) { "ITU", "Government of Tunisia" };

    private readonly ParsedPage _page = new SourcePageParser(n => Known.Contains(n.Trim()), new PlaceDirectory(cities: [("Tunis", "Tunisia")]))
        .Parse(Page, "mixed.txt");

    [Fact]
    public void EveryMeetingOfThePage_IsReadWithItsDatesPlaceAndCategory()
    {
        Assert.Equal(
            [
                ("Committee, first session", "2004-06-24", "Hammerfest", "Norway", "Preparatory Committee"),
                ("Committee, second session", "2005-02-17", "Geneva", "Switzerland", "Preparatory Committee"),
                ("Committee, third session", "2005-09-19", "Geneva", "Switzerland", "Preparatory Committee"),
                ("Committee, third session", "2005-11-13", "Tunis", "Tunisia", "Preparatory Committee"),
                ("Southern", "2002-05-25", "Gaborone", "Botswana", "Regional Conferences"),
                ("Northern", "2002-11-07", "Oslo", "Norway", "Regional Conferences"),
                ("Eastern", "2003-01-13", "Tokyo", "Japan", "Regional Conferences"),
                ("Western", "2003-02-04", "Beirut", null, "Regional Conferences"),
                ("Online consultation", "2003-03-01", null, null, "Regional Conferences"),
                ("Brainstorming Meeting on the Summit", "2004-03-02", "Tunis", "Tunisia", "Thematic Meetings"),
                ("Workshop on Spam Filters", "2004-07-07", "Geneva", "Switzerland", "Thematic Meetings"),
                ("Drafting Group", "2003-09-15", "Rome", "Italy", "Thematic Meetings"),
                ("Drafting Group", "2003-11-10", "Rome", "Italy", "Thematic Meetings"),
                ("Drafting Group", "2003-12-05", "Rome", "Italy", "Thematic Meetings"),
                ("Committee Meeting on Fisheries", "2004-06-24", "Bergen", "Norway", "Thematic Meetings"),
                ("Regional Conference of the South", "2004-05-25", "Gaborone", "Botswana", "Thematic Meetings"),
            ],
            _page.Meetings.Select(m => (m.Title, m.Dates.StartIso, m.City, m.Country, m.Category)));
    }

    [Fact]
    public void OrganizersAreReadFromEachForm()
    {
        Assert.Equal(["Government of Tunisia", "ITU"], _page.Meetings.Single(m => m.Title.StartsWith("Brainstorming", StringComparison.Ordinal)).Organizers);
        Assert.Equal(["ITU"], _page.Meetings.Single(m => m.Title == "Online consultation").Organizers);
        Assert.True(_page.Meetings.Single(m => m.Title == "Online consultation").IsOnline);
    }

    [Fact]
    public void EveryLineThatIsNoMeetingHeadingOrDescription_IsReportedWithItsReason()
    {
        Assert.Equal(
            [
                (1, "page header"),
                (2, "navigation line"),
                (3, "navigation line"),
                (31, "unreadable meeting"),
                (32, "unreadable meeting"),
                (34, "page footer"),
                (35, "page footer"),
            ],
            _page.Skipped.Select(s => (s.Line, s.Reason.Split(' ')[0] + " " + s.Reason.Split(' ')[1])));
    }

    [Fact]
    public void EachDocumentLine_IsADocumentOfTheMeetingAbove_OnTheLastSessionOfALineOfSeveral()
    {
        Assert.Equal(
            [
                ("Committee, second session", "Geneva", 12, "Final Report", "en", "PDF", 120L * 1024),
                ("Committee, third session", "Tunis", 14, "Report", "en", "PDF", (long)Math.Round(1.2 * 1024 * 1024)),
            ],
            _page.Meetings.SelectMany(m => m.Documents.SelectMany(d => d.Versions.Select(v =>
                (m.Title, m.City, d.Line, d.Title, v.Language, v.Format, v.Size)))));
    }

    [Fact]
    public void TheDescriptionStaysWithItsMeetingAndTheDocumentLineOutOfIt()
    {
        Assert.Equal("The second session met in two rooms.", _page.Meetings[1].Description);
    }
}
