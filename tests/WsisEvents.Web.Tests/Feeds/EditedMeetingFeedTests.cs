using System.Text;
using System.Text.Json;
using WsisEvents.Web.Domain;
using WsisEvents.Web.Feeds;
using static WsisEvents.Web.Tests.Feeds.FeedResponses;

namespace WsisEvents.Web.Tests.Feeds;

/// <summary>Meetings edited behind the app's back (as an editor could), each test its own meeting: hostile text,
/// formulas, control characters, dates known to the month.</summary>
public sealed class EditedMeetingFeedTests : SeededCatalog
{
    private const string HostileTitle = "会議; Встреча, \"x\"\n<script>alert('x')</script></script> \\ back\\slash & ü";
    private const string HostileCity = "Genève; \"Cité\", 東京";

    [Fact]
    public async Task HostileTitle_ComesBackIntactFromTheCalendar()
    {
        var id = await EditAsync("asia-media-summit-2005", m => (m.Title, m.City) = (HostileTitle, HostileCity));

        foreach (var url in new[] { "/meetings.ics", "/meetings/asia-media-summit-2005.ics", "/meetings.ics?q=Встреча" })
        {
            var text = await Client.GetCalendarTextAsync(url);
            Assert.All(text[..^2].Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
            var e = Assert.Single(Calendars.Read(text).Events, e => e.Uid == MeetingCalendar.Uid(id));
            Assert.Equal(HostileTitle, e.Summary);
            Assert.Equal(HostileCity + ", Malaysia", e.Location);
        }
    }

    [Fact]
    public async Task HostileTitle_ComesBackIntactFromTheAtomFeed()
    {
        var id = await EditAsync("wsis-thematic-meeting-on-countering-spam-2004", m => m.Title = HostileTitle);

        var feed = await Client.GetAtomAsync("/meetings.atom");

        var entry = Assert.Single(feed.Root!.Elements(Atom + "entry"), e => e.Element(Atom + "id")!.Value == MeetingAtomFeed.EntryId(id));
        Assert.Equal(HostileTitle, entry.Element(Atom + "title")!.Value);
    }

    [Fact]
    public async Task HostileTitle_ComesBackIntactFromTheCsv()
    {
        await EditAsync("measuring-the-information-society-2005", m => (m.Title, m.City) = (HostileTitle, HostileCity));

        var records = await Client.GetCsvAsync("/meetings.csv");

        var row = records.Single(r => r[0] == "measuring-the-information-society-2005");
        Assert.Equal(12, row.Count);
        Assert.Equal(HostileTitle, row[1]);
        Assert.Equal(HostileCity, row[5]);
    }

    [Fact]
    public async Task HostileTitle_CannotLeaveTheJsonLdScript()
    {
        await EditAsync("asia-media-summit-2005", m => (m.Title, m.City) = (HostileTitle, HostileCity));

        using var response = await Client.GetAsync("/meetings/asia-media-summit-2005");
        var html = await response.Content.ReadAsStringAsync();
        var page = await Html.ParseAsync(html);

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        var script = Assert.Single(page.QuerySelectorAll("script"));
        Assert.Equal("application/ld+json", script.GetAttribute("type"));
        Assert.Contains("\\u003C/script\\u003E", script.TextContent, StringComparison.OrdinalIgnoreCase);
        using var json = JsonDocument.Parse(script.TextContent);
        Assert.Equal(HostileTitle, json.RootElement.GetProperty("name").GetString());
        Assert.Equal(HostileCity, json.RootElement.GetProperty("location").GetProperty("address").GetProperty("addressLocality").GetString());
    }

    [Fact]
    public async Task FormulaTitle_IsShownAsTextInTheCsv()
    {
        await EditAsync("wsis-session-2004", m => m.Title = "=HYPERLINK(\"http://evil.example\",\"Click\")");

        var records = await Client.GetCsvAsync("/meetings.csv");

        Assert.Equal("'=HYPERLINK(\"http://evil.example\",\"Click\")", records.Single(r => r[0] == "wsis-session-2004")[1]);
    }

    [Fact]
    public async Task ControlCharacters_AreDroppedWhereTheFormatCannotCarryThem()
    {
        // A lone surrogate can reach a SQLite file written by another tool; PostgreSQL cannot store one (its text is
        // UTF-8), so there the description carries the other hostile characters only.
        var lone = Factory.Database.IsPostgres ? "" : "\uD800";
        var id = await EditAsync("ict-applications-in-natural-disaster-reduction-2005", m =>
        {
            m.Title = "Bell\u0007 and\u0001 friends\uFFFE";
            m.Description = $"Escape\u001b[31m sequence and a lone {lone} surrogate.";
        });

        var feed = await Client.GetAtomAsync("/meetings.atom");
        var entry = Assert.Single(feed.Root!.Elements(Atom + "entry"), e => e.Element(Atom + "id")!.Value == MeetingAtomFeed.EntryId(id));
        Assert.Equal("Bell and friends", entry.Element(Atom + "title")!.Value);

        var e = Assert.Single((await Client.GetCalendarAsync("/meetings/ict-applications-in-natural-disaster-reduction-2005.ics")).Events);
        Assert.Equal("Bell and friends\uFFFE", e.Summary);
        Assert.StartsWith("Escape[31m sequence and a lone ", e.Description, StringComparison.Ordinal);
        Assert.DoesNotContain(e.Description!, c => char.IsControl(c) && c != '\n');
    }

    [Fact]
    public async Task MonthPrecisionMeeting_SpansItsMonthAndSaysSo()
    {
        await EditAsync("global-ict-conference-2004-2004", m =>
        {
            m.DatePrecision = DatePrecision.Month;
            m.StartDate = new DateOnly(2005, 4, 1);
            m.EndDate = new DateOnly(2005, 4, 30);
        });

        var e = Assert.Single((await Client.GetCalendarAsync("/meetings/global-ict-conference-2004-2004.ics")).Events);
        Assert.Equal((false, new DateOnly(2005, 4, 1)), (e.DtStart!.HasTime, e.DtStart.Date));
        Assert.Equal((false, new DateOnly(2005, 5, 1)), (e.DtEnd!.HasTime, e.DtEnd.Date));
        Assert.StartsWith("Dates known to the month only: April 2005.\n\n", e.Description, StringComparison.Ordinal);

        var row = (await Client.GetCsvAsync("/meetings.csv")).Single(r => r[0] == "global-ict-conference-2004-2004");
        Assert.Equal(["2005-04-01", "2005-04-30", "month"], row[2..5]);

        var page = await Client.GetDocumentAsync("/meetings/global-ict-conference-2004-2004");
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("2005-04", json.RootElement.GetProperty("startDate").GetString());
        Assert.Equal("2005-04", json.RootElement.GetProperty("endDate").GetString());
    }

    [Fact]
    public async Task EditedMeeting_ComesFirstInTheAtomFeed()
    {
        var id = await EditAsync("world-summit-contributory-conference-on-ict-and-creativity-2005", m => m.UpdatedAt = m.UpdatedAt.AddDays(1));

        var feed = await Client.GetAtomAsync("/meetings.atom");

        var first = feed.Root!.Elements(Atom + "entry").First();
        Assert.Equal(MeetingAtomFeed.EntryId(id), first.Element(Atom + "id")!.Value);
        Assert.Equal(first.Element(Atom + "updated")!.Value, feed.Root.Element(Atom + "updated")!.Value);
    }

    /// <summary>Applies <paramref name="edit"/> to the meeting and returns its id.</summary>
    private Task<int> EditAsync(string slug, Action<Meeting> edit) => Factory.WithDbAsync(async db =>
    {
        var meeting = await db.Meetings.SingleAsync(m => m.Slug == slug);
        edit(meeting);
        await db.SaveChangesAsync();
        return meeting.Id;
    });
}
