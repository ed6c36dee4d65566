using WsisEvents.Web.Import;

namespace WsisEvents.Web.Tests.Import;

/// <summary>Each line form of SourcePageFormat.md, on lines written for these tests.</summary>
public class LineFormTests
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "ITU", "UNESCO", "UNDP", "Government of Tunisia",
    };

    private static readonly SourcePageParser Parser = new(
        name => Known.Contains(name.Trim()),
        new PlaceDirectory(cities: [("Tunis", "Tunisia"), ("Geneva", "Switzerland")]));

    private static ParsedPage ParsePage(string text) => Parser.Parse(text, "forms.txt");

    private static ParsedMeeting ParseOne(string line)
    {
        var page = ParsePage($"\u00a0Meetings of the Test Region\n\n{line}\n");
        return Assert.Single(page.Meetings);
    }

    [Theory]
    [InlineData("go 3-4 March 2006, Rabat (Morocco), ITU - Workshop on Rural Connectivity", "Workshop on Rural Connectivity", "2006-03-03", "2006-03-04", "Rabat", "Morocco", "ITU")]
    [InlineData("go Preparatory Meeting of the Test Region: 12-14 April 2004, Cairo (Egypt)", "Preparatory Meeting of the Test Region", "2004-04-12", "2004-04-14", "Cairo", "Egypt", "")]
    [InlineData("• Regional Review Meeting : 5 May 2004, Accra (Ghana)", "Regional Review Meeting", "2004-05-05", "2004-05-05", "Accra", "Ghana", "")]
    [InlineData("•\tWorkshop on Local Content: 8-9 June 2004, Dakar, Senegal, UNESCO", "Workshop on Local Content", "2004-06-08", "2004-06-09", "Dakar", "Senegal", "UNESCO")]
    [InlineData("- Forum on Community Radio: 20 July 2004, Lima (Peru) - UNESCO/ITU", "Forum on Community Radio", "2004-07-20", "2004-07-20", "Lima", "Peru", "UNESCO|ITU")]
    [InlineData("go 2-3 March 2006, Tunis (Tunisia) - Government of Tunisia and ITU - Consultation on Regional Follow-up:", "Consultation on Regional Follow-up", "2006-03-02", "2006-03-03", "Tunis", "Tunisia", "Government of Tunisia|ITU")]
    [InlineData("1. 14-15 October 2004, Quito (Ecuador) - ITU - Andean Workshop on Spectrum", "Andean Workshop on Spectrum", "2004-10-14", "2004-10-15", "Quito", "Ecuador", "ITU")]
    [InlineData("* Island States Forum: 2-4 August 2004, Fiji", "Island States Forum", "2004-08-02", "2004-08-04", null, "Fiji", "")]
    [InlineData("Session of the Drafting Group: 31 May - 2 June 2005, Geneva (Switzerland)", "Session of the Drafting Group", "2005-05-31", "2005-06-02", "Geneva", "Switzerland", "")]
    [InlineData("– Roundtable on Broadband Policy: June 24-26, 2004, Nairobi, Kenya", "Roundtable on Broadband Policy", "2004-06-24", "2004-06-26", "Nairobi", "Kenya", "")]
    [InlineData("Expert Meeting on Indicators: 24th to 26th June, 2004, Lusaka (Zambia), UNDP", "Expert Meeting on Indicators", "2004-06-24", "2004-06-26", "Lusaka", "Zambia", "UNDP")]
    [InlineData("go 24-26 June 2004, Bergen (Norway): Committee Meeting on Fisheries", "Committee Meeting on Fisheries", "2004-06-24", "2004-06-26", "Bergen", "Norway", "")]
    [InlineData("• 25-30 May 2002: Regional Conference of the South, Gaborone, Botswana", "Regional Conference of the South", "2002-05-25", "2002-05-30", "Gaborone", "Botswana", "")]
    [InlineData("• 25-30 May 2002 - Regional Conference, Finance Track, Gaborone (Botswana)", "Regional Conference, Finance Track", "2002-05-25", "2002-05-30", "Gaborone", "Botswana", "")]
    public void LineForm_IsReadWithItsDatesPlaceOrganizersAndTitle(string line, string title, string start, string end, string? city, string? country, string organizers)
    {
        var meeting = ParseOne(line);

        Assert.Equal(title, meeting.Title);
        Assert.Equal((DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)), (meeting.Dates.Start, meeting.Dates.End));
        Assert.Equal((city, country, false), (meeting.City, meeting.Country, meeting.IsOnline));
        Assert.Equal(organizers.Split('|', StringSplitOptions.RemoveEmptyEntries), meeting.Organizers);
        Assert.Equal("Meetings of the Test Region", meeting.Category);
    }

    [Fact]
    public void OnlinePlace_IsOnlineWithoutCityOrCountry()
    {
        var meeting = ParseOne("– Virtual Consultation on Access: 1-30 September 2004, online");

        Assert.Equal((null, null, true), (meeting.City, meeting.Country, meeting.IsOnline));
    }

    [Fact]
    public void CityAlone_TakesTheCountryTheCatalogKnowsAndSaysSo()
    {
        var meeting = ParseOne("Consultation of National Experts: 6 October 2004, Tunis");

        Assert.Equal(("Tunis", "Tunisia"), (meeting.City, meeting.Country));
        Assert.Contains(meeting.Notes, n => n.Contains("country of Tunis is not given", StringComparison.Ordinal));
    }

    [Fact]
    public void CityAloneTheCatalogDoesNotKnow_KeepsNoCountryAndSaysSo()
    {
        var meeting = ParseOne("Consultation of National Experts: 6 October 2004, Hammerfest");

        Assert.Equal(("Hammerfest", null), (meeting.City, meeting.Country));
        Assert.Contains(meeting.Notes, n => n.Contains("no meeting there", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Sub-regional Meeting on Skills: 11-12 November 2004, Windhoek (Namibia) (postponed)", "(postponed)")]
    [InlineData("Sub-regional Meeting on Skills: 11-12 November 2004, Windhoek (Namibia) [to be confirmed]", "[to be confirmed]")]
    public void BracketedNoteAfterThePlace_IsNoPartOfIt(string line, string note)
    {
        var meeting = ParseOne(line);

        Assert.Equal(("Windhoek", "Namibia"), (meeting.City, meeting.Country));
        Assert.Contains(meeting.Notes, n => n.Contains(note, StringComparison.Ordinal));
    }

    [Fact]
    public void ShortLabelUnderAHeading_IsTheTitleAndTheHeadingTheCategory()
    {
        var page = ParsePage("Regional Conferences\n\n• Southern: 25-30 May 2002, Gaborone (Botswana)\n• Northern: 4-6 June 2002, Oslo (Norway)\n");

        Assert.Equal(["Southern", "Northern"], page.Meetings.Select(m => m.Title));
        Assert.All(page.Meetings, m => Assert.Equal("Regional Conferences", m.Category));
        Assert.All(page.Meetings, m => Assert.Contains(m.Notes, n => n.StartsWith("a bare label taken as the title", StringComparison.Ordinal)));
    }

    [Fact]
    public void SessionsWithAPlaceEach_AreOneMeetingPerSessionAtItsOwnDatesAndPlace()
    {
        var page = ParsePage("go Preparatory Committee, third session: 19-30 September 2005, Geneva (Switzerland) and 13-15 November 2005, Tunis (Tunisia)\n\nBoth parts.\n");

        Assert.Collection(page.Meetings,
            first => Assert.Equal((new DateOnly(2005, 9, 19), new DateOnly(2005, 9, 30), "Geneva", "Switzerland", 1, 2),
                (first.Dates.Start, first.Dates.End, first.City, first.Country, first.Session, first.SessionCount)),
            second => Assert.Equal((new DateOnly(2005, 11, 13), new DateOnly(2005, 11, 15), "Tunis", "Tunisia", 2, 2),
                (second.Dates.Start, second.Dates.End, second.City, second.Country, second.Session, second.SessionCount)));
        Assert.All(page.Meetings, m => Assert.Equal(("Preparatory Committee, third session", "Both parts."), (m.Title, m.Description)));
    }

    [Fact]
    public void SessionsSharingOnePlace_TakeTheYearOfTheLastDateAndKeepNonConsecutiveDaysAsOneSpan()
    {
        var page = ParsePage("Drafting Committee: 15-26 September, 10-14 November, and 5-6 and 9 December 2003, Rome (Italy)\n");

        Assert.Equal(
            [("2003-09-15", "2003-09-26"), ("2003-11-10", "2003-11-14"), ("2003-12-05", "2003-12-09")],
            page.Meetings.Select(m => (m.Dates.StartIso, m.Dates.EndIso)));
        Assert.All(page.Meetings, m => Assert.Equal(("Rome", "Italy", 3), (m.City, m.Country, m.SessionCount)));
        Assert.Equal([false, false, true], page.Meetings.Select(m => m.Notes.Any(n => n.Contains("not one run", StringComparison.Ordinal))));
    }

    [Fact]
    public void ASessionNamedAsResumed_IsASessionOfItsOwn()
    {
        var page = ParsePage("Drafting Committee: 1-3 March 2005, Geneva (Switzerland); resumed session: 2-4 May 2005, Tunis (Tunisia)\n");

        Assert.Equal([("2005-03-01", "Geneva"), ("2005-05-02", "Tunis")], page.Meetings.Select(m => (m.Dates.StartIso, m.City)));
        Assert.All(page.Meetings, m => Assert.Empty(m.Organizers));
    }

    [Theory]
    [InlineData("go Interim Meeting: 5-7 May 2004", "missing: the place")]
    [InlineData("go 12 May 2004, Cairo (Egypt)", "missing: the organizers and title")]
    [InlineData("• Interim Meeting: 31 April 2004, Cairo (Egypt)", "does not exist")]
    [InlineData("go Second phase, Tunis, 16-18 November 2005", "a date (\"16-18 November\")")]
    [InlineData("go Committee Meeting: 1-2 May 2004, Oslo (Norway); postponed to 5 June 2004", "has a date in it")]
    public void DatedLineThatCannotBeReadWhole_IsReportedWithWhatWasReadAndWhatIsMissing(string line, string reason)
    {
        var page = ParsePage($"\u00a0Meetings\n\n{line}\n");

        Assert.Empty(page.Meetings);
        var skipped = Assert.Single(page.Skipped, s => s.Line == 3);
        Assert.StartsWith("unreadable meeting line", skipped.Reason, StringComparison.Ordinal);
        Assert.Contains(reason, skipped.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Dates: 24-26 June 2004, Bergen (Norway)")]
    [InlineData("Venue and dates: 24-26 June 2004, Bergen (Norway)")]
    public void DetailLineUnderAMeeting_StaysInItsDescription(string line)
    {
        var page = ParsePage($"\u00a0Meetings\n\ngo 3-4 March 2004, Rabat (Morocco), ITU - Workshop on Rural Connectivity\n\n{line}\n");

        Assert.Equal(line, Assert.Single(page.Meetings).Description);
    }

    [Theory]
    [InlineData("Final Report [PDF, English, 120 KB]")]
    [InlineData("Report in PDF format (English, 1.2 MB)")]
    [InlineData("• Chairman's summary: 5 May 2004 (Word, 45 KB)")]
    public void DocumentLineUnderAMeeting_IsADocumentOfItNotAMeeting(string line)
    {
        var page = ParsePage($"\u00a0Meetings\n\ngo 3-4 March 2004, Rabat (Morocco), ITU - Workshop on Rural Connectivity\n\nAbout it.\n\n{line}\n");

        var meeting = Assert.Single(page.Meetings);
        Assert.Equal("Workshop on Rural Connectivity", meeting.Title);
        Assert.Equal("About it.", meeting.Description);
        var document = Assert.Single(meeting.Documents);
        Assert.Equal((7, line), (document.Line, document.SourceText));
        Assert.DoesNotContain(page.Skipped, s => s.Line == 7);
    }

    [Fact]
    public void DocumentLineOutsideAnyMeeting_IsReportedAsSkipped()
    {
        var page = ParsePage("Final Report [PDF, English, 120 KB]\n\n\u00a0Meetings\n\ngo 3-4 March 2004, Rabat (Morocco), ITU - Workshop on Rural Connectivity\n");

        Assert.Empty(Assert.Single(page.Meetings).Documents);
        Assert.Equal("document line outside any meeting", Assert.Single(page.Skipped, s => s.Line == 1).Reason);
    }
}
