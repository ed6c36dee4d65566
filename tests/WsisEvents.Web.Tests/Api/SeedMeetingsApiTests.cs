using System.Text.Json;

namespace WsisEvents.Web.Tests.Api;

/// <summary>Every meeting of the seed page, as the source states it, through the public API.</summary>
public class SeedMeetingsApiTests(SeededCatalog catalog) : IClassFixture<SeededCatalog>
{
    private const string Thematic = "wsis-thematic-meetings";
    private const string Regional = "wsis-regional-thematic-meetings";
    private const string Other = "other-wsis-related-meetings";

    // start, end, city, country, online, category, organizers (slugs, in source order)
    public static TheoryData<string, string, string?, string?, bool, string, string> SeedMeetings => new()
    {
        { "2004-02-26", "2004-02-27", "Geneva", "Switzerland", false, Thematic, "itu" },
        { "2004-07-07", "2004-07-09", "Geneva", "Switzerland", false, Thematic, "itu" },
        { "2004-10-28", "2004-10-29", "Minsk", "Republic of Belarus", false, Thematic, "government-of-the-republic-of-belarus unesco un-undp-office-belarus" },
        { "2004-11-10", "2004-11-10", "Berlin", "Germany", false, Thematic, "codata" },
        { "2004-11-25", "2004-11-28", "Baku", "Azerbaijan", false, Thematic, "government-of-azerbaijan wsa undp" },
        { "2005-01-17", "2005-01-19", "Antigua", "Guatemala", false, Thematic, "ilo itc oecd unctad" },
        { "2005-01-21", "2005-01-21", "Kobe", "Japan", false, Thematic, "wmo" },
        { "2005-02-03", "2005-02-04", "Paris", "France", false, Thematic, "unesco" },
        { "2005-02-07", "2005-02-09", "Geneva", "Switzerland", false, Thematic, "unctad oecd itu uis un-regional-commissions un-ict-task-force world-bank" },
        { "2005-03-14", "2005-03-18", "Ottawa", "Canada", false, Thematic, "government-of-canada unpfii" },
        { "2005-05-06", "2005-05-07", "Bamako", "Mali", false, Thematic, "unesco" },
        { "2005-05-11", "2005-05-13", "Paris", "France", false, Thematic, "unesco club-of-rome" },
        { "2005-05-16", "2005-05-17", "Tokyo", "Japan", false, Thematic, "government-of-japan itu unu" },
        { "2005-05-17", "2005-05-19", "St. Petersburg", "Russia", false, Thematic, "unesco" },
        { "2005-06-01", "2005-06-15", null, null, true, Thematic, "wipo" },
        { "2005-06-02", "2005-06-03", "Vienna", "Austria", false, Thematic, "government-of-austria wsa" },
        { "2005-06-07", "2005-06-10", null, null, false, Thematic, "" },
        { "2005-06-20", "2005-06-21", "Geneva", "Switzerland", false, Thematic, "unece uneca eclac escap escwa" },
        { "2005-06-21", "2005-06-22", "Berlin", "Germany", false, Thematic, "government-of-germany" },
        { "2005-06-23", "2005-06-24", "Seoul", "Korea", false, Thematic, "government-of-the-republic-of-korea itu" },
        { "2005-06-28", "2005-07-01", "Geneva", "Switzerland", false, Thematic, "itu" },
        { "2004-11-02", "2004-11-05", "São Paulo", "Brazil", false, Regional, "brazilian-chamber-of-commerce itc" },
        { "2004-11-16", "2004-11-18", "Bishkek", "Kyrgyzstan", false, Regional, "government-of-the-kyrgyz-republic unece escap undp un-ict-task-force" },
        { "2004-11-22", "2004-11-24", "Marrakech", "Morocco", false, Regional, "government-of-morocco orbicom" },
        { "2005-02-28", "2005-02-28", "Bangkok", "Thailand", false, Regional, "apt itu" },
        { "2005-05-09", "2005-05-11", "Kuala Lumpur", "Malaysia", false, Regional, "aibd asbu saba" },
        { "2005-06-24", "2005-06-25", "Seoul", "Korea", false, Regional, "apwinc kado itu" },
        { "2005-06-30", "2005-07-01", "Thessaloniki", "Greece", false, Regional, "government-of-greece" },
        { "2005-02-11", "2005-02-13", null, "Malta", false, Other, "government-of-malta diplo-foundation sdc gkp" },
    };

    private async Task<List<JsonElement>> AllMeetingsAsync()
    {
        var page = await catalog.Client.GetJsonAsync("/api/meetings?pageSize=200");
        return [.. page.GetProperty("items").EnumerateArray()];
    }

    [Theory]
    [MemberData(nameof(SeedMeetings))]
    public async Task SeedMeeting_IsInTheApiExactlyAsTheSourceStatesIt(
        string start, string end, string? city, string? country, bool online, string category, string organizers)
    {
        var meetings = await AllMeetingsAsync();

        var meeting = Assert.Single(meetings, m =>
            m.GetProperty("startDate").GetString() == start && m.GetProperty("category").GetProperty("slug").GetString() == category);
        Assert.Equal(end, meeting.GetProperty("endDate").GetString());
        Assert.Equal("day", meeting.GetProperty("datePrecision").GetString());
        Assert.Equal(city, meeting.GetProperty("city").GetString());
        Assert.Equal(country, meeting.GetProperty("country").GetString());
        Assert.Equal(online, meeting.GetProperty("isOnline").GetBoolean());
        Assert.Equal(
            organizers.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            meeting.GetProperty("organizers").EnumerateArray().Select(o => o.GetProperty("slug").GetString()));
        Assert.NotEmpty(meeting.GetProperty("themes").EnumerateArray());
    }

    [Fact]
    public async Task Catalog_HoldsTheSourcePagesMeetingsAndTheSummitEvents()
    {
        var meetings = await AllMeetingsAsync();

        Assert.Equal(SeedData.Meetings, meetings.Count);
        Assert.Equal(SeedData.SourcePageMeetings, meetings.Count(m => m.GetProperty("category").GetProperty("slug").GetString() is Thematic or Regional or Other));
        Assert.Equal(
            ["wsis-geneva-phase-2003", "wsis-tunis-phase-2005", "wsis-10-high-level-event-2015"],
            meetings.Where(m => m.GetProperty("category").GetProperty("slug").GetString() == "wsis-summit-events")
                .Select(m => m.GetProperty("slug").GetString()));
    }

    [Fact]
    public async Task FollowUpMeetings_AreRelatedToTheConferenceTheyFollow()
    {
        await using var db = catalog.Factory.CreateDbContext();
        var relations = await db.MeetingRelations.Select(r => new { From = r.Meeting!.Title, To = r.RelatedMeeting!.Title }).ToListAsync();

        Assert.Contains(new { From = "Follow-up meetings of the conference \"Measuring the Information Society\"", To = "Measuring the Information Society" }, relations);
    }

    [Fact]
    public async Task CybersecurityMeeting_IsRelatedToTheSpamMeetingItsTextNamesWithoutQuotes()
    {
        await using var db = catalog.Factory.CreateDbContext();
        var relations = await db.MeetingRelations.Select(r => new { From = r.Meeting!.Title, To = r.RelatedMeeting!.Title }).ToListAsync();

        Assert.Contains(new { From = "WSIS Thematic Meeting on Cybersecurity", To = "WSIS Thematic Meeting on Countering Spam" }, relations);
    }

    [Fact]
    public async Task MeetingDetail_AddsDescriptionAndTheSourceLineItCameFrom()
    {
        var meeting = await catalog.Client.GetJsonAsync("/api/meetings/latin-american-e-business-forum-empowering-sme-exporters-through-icts-2004");

        Assert.StartsWith("This event aims to provide an open partnership platform", meeting.GetProperty("description").GetString(), StringComparison.Ordinal);
        var source = meeting.GetProperty("source");
        Assert.Equal("002_85274b9193408efb.txt", source.GetProperty("document").GetString());
        Assert.Equal(98, source.GetProperty("line").GetInt32());
        Assert.Contains("San Paulo (Brazil)", source.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("São Paulo", meeting.GetProperty("city").GetString());
    }
}
