using WsisEvents.Web.Import;
using WsisEvents.Web.Tests.Feeds;

namespace WsisEvents.Web.Tests.Import;

/// <summary>A meeting held in two sessions, imported: one meeting per session, related to each other, each found,
/// counted and exported at its own dates and place.</summary>
public sealed class SessionImportTests : SeededCatalog
{
    private const string Page = """
         Preparatory Committee

        go Zephyr Committee, third session: 19-30 September 2005, Geneva (Switzerland) and 13-15 November 2005, Tunis (Tunisia)

        The committee met twice.
        """;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ImportAsync();
    }

    private async Task<ImportResult> ImportAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<MeetingImporter>();
        var page = (await importer.CreateParserAsync(CancellationToken.None)).Parse(Page, "sessions.txt");
        return await importer.ImportAsync(page, CancellationToken.None);
    }

    [Fact]
    public async Task EachSession_IsAMeetingRelatedToTheOther()
    {
        var relations = await Factory.WithDbAsync(db => db.MeetingRelations
            .Where(r => r.Meeting!.Title.StartsWith("Zephyr"))
            .Select(r => new { From = r.Meeting!.City, To = r.RelatedMeeting!.City })
            .ToListAsync());

        Assert.Equal([new { From = (string?)"Tunis", To = (string?)"Geneva" }], relations);
    }

    [Theory]
    [InlineData("country=Tunisia&year=2005", "Tunis")]
    [InlineData("country=Switzerland&q=Zephyr", "Geneva")]
    [InlineData("from=2005-11-01&to=2005-11-30&q=Zephyr", "Tunis")]
    [InlineData("from=2005-09-01&to=2005-09-30&q=Zephyr", "Geneva")]
    public async Task EachSession_IsFoundByTheFiltersAtItsOwnDatesAndPlace(string query, string city)
    {
        var result = await Client.GetJsonAsync("/api/meetings?" + query);

        var zephyr = result.GetProperty("items").EnumerateArray().Where(m => m.GetProperty("title").GetString()!.StartsWith("Zephyr", StringComparison.Ordinal)).ToList();
        Assert.Equal([city], zephyr.Select(m => m.GetProperty("city").GetString()));
    }

    [Fact]
    public async Task EachSession_CountsInTheTimelineAtItsOwnMonth()
    {
        var page = await Client.GetDocumentAsync("/meetings?q=Zephyr");

        var counts = page.QuerySelectorAll("svg.timeline-svg a.timeline-bar")
            .Select(b => b.GetAttribute("aria-label")!.Split(' '))
            .Where(words => int.TryParse(words[2], out var count) && count > 0)
            .Select(words => $"{words[0]} {words[1].TrimEnd(':')} {words[2]}");
        Assert.Equal(["September 2005 1", "November 2005 1"], counts);
    }

    [Fact]
    public async Task EachSession_IsItsOwnEventInTheCalendar()
    {
        var calendar = await Client.GetCalendarAsync("/meetings.ics?q=Zephyr");

        Assert.Equal([(false, new DateOnly(2005, 9, 19)), (false, new DateOnly(2005, 11, 13))],
            calendar.Events.Select(e => (e.DtStart!.HasTime, e.DtStart.Date)).Order());
    }

    [Fact]
    public async Task ASecondImportOfTheSamePage_ChangesNothing()
    {
        var before = await DatabaseSnapshot.TakeAsync(Factory.Database);

        var result = await ImportAsync();

        Assert.Equal((0, 0, 2, 0), (result.Created, result.Updated, result.Unchanged, result.RelationsAdded));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(Factory.Database));
    }
}
