using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using WsisEvents.Web.Catalog;

namespace WsisEvents.Web.Tests.Catalog;

/// <summary>The list's count and timeline, which the database aggregates by month, against the matches themselves:
/// every bar counts exactly the listed meetings that overlap its period, and the heading counts them all. On the
/// suite's provider, over the seed catalog and 1,500 generated meetings (2003–2025, some crossing the end of a month).</summary>
public sealed class TimelineCountTests(QueryCountTests.SampleCatalog catalog) : IClassFixture<QueryCountTests.SampleCatalog>
{
    public static TheoryData<string> Filters => new()
    {
        "",
        "sort=newest",
        "year=2005",
        "year=2019",
        "theme=c5-confidence-and-security",
        "theme=c5-confidence-and-security&year=2005",
        "category=wsis-thematic-meetings",
        "country=switzerland",
        "organizer=itu",
        "organizer=itu&year=2005",
        "organizer=itu&from=2004-03-15&to=2005-02-10&sort=newest",
        "q=information%20society",
        "q=cybersecurity&sort=newest",
        "from=2004-03-15&to=2005-02-10",
        "from=2010-01-01",
        "to=2004-06-30&theme=c7-ict-applications",
        "q=nothing-is-called-this",
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task EveryBar_CountsTheListedMeetingsThatOverlapItsPeriod(string query)
    {
        var matches = await MatchesAsync(query);
        var page = await catalog.Client.GetDocumentAsync("/meetings?" + query);

        var bars = page.QuerySelectorAll("svg.timeline-svg a.timeline-bar").ToList();
        Assert.Equal(matches.Count == 0, bars.Count == 0);
        foreach (var bar in bars)
        {
            var (first, last) = Period(bar.GetAttribute("href")!);
            var expected = matches.Count(m => m.Start <= last && m.End >= first);
            Assert.Equal($"{bar.GetAttribute("aria-label")!.Split(':')[0]}: {Phrases.MeetingCount(expected)}", bar.GetAttribute("aria-label"));
        }
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task TheHeading_CountsEveryMatch_AsTheApiDoes(string query)
    {
        var matches = await MatchesAsync(query);
        var page = await catalog.Client.GetDocumentAsync("/meetings?" + query);
        var api = await catalog.Client.GetJsonAsync("/api/meetings?" + query);

        Assert.StartsWith(Phrases.MeetingCount(matches.Count), page.QuerySelector("#results-heading")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(matches.Count, api.GetProperty("total").GetInt32());
    }

    /// <summary>The organizer tested on each meeting of the range (EXISTS) or its meetings taken first (IN), which
    /// MeetingSearchValidator chooses between by the organizer's size: the same meetings either way.</summary>
    [Theory]
    [InlineData("organizer=itu&year=2005")]
    [InlineData("organizer=unesco&from=2004-03-15&to=2005-02-10")]
    [InlineData("organizer=itu")]
    public async Task AnOrganizer_MatchesTheSameMeetings_TestedPerMeetingOrTakenFirst(string query)
    {
        var (perMeeting, takenFirst) = await catalog.Factory.WithDbAsync(async db =>
        {
            var outcome = await MeetingSearchValidator.ValidateAsync(
                db, catalog.Factory.Services.GetRequiredService<CatalogCache>(), MeetingSearch.FromQuery(new QueryCollection(QueryHelpers.ParseQuery(query))), CancellationToken.None);
            Assert.True(outcome.IsValid, query);
            var ids = (bool tested) => db.Filter(outcome.Filter with { OrganizerTestedPerMeeting = tested }).InOrder(newestFirst: false).Select(m => m.Id).ToListAsync();
            return (await ids(true), await ids(false));
        });

        Assert.NotEmpty(takenFirst);
        Assert.Equal(takenFirst, perMeeting);
    }

    /// <summary>The dates of every meeting the filter lists, read one by one.</summary>
    private async Task<List<MeetingSpan>> MatchesAsync(string query) => await catalog.Factory.WithDbAsync(async db =>
    {
        var outcome = await MeetingSearchValidator.ValidateAsync(
            db, catalog.Factory.Services.GetRequiredService<CatalogCache>(), MeetingSearch.FromQuery(new QueryCollection(QueryHelpers.ParseQuery(query))), CancellationToken.None);
        Assert.True(outcome.IsValid, query);
        return await db.Filter(outcome.Filter).Select(m => new MeetingSpan(m.Id, m.StartDate, m.EndDate)).ToListAsync();
    });

    /// <summary>The period a bar leads to: its year, or its from and to dates.</summary>
    private static (DateOnly First, DateOnly Last) Period(string href)
    {
        var parameters = QueryHelpers.ParseQuery(new Uri("http://site" + href).Query);
        if (parameters.TryGetValue("from", out var from))
        {
            return (DateOnly.ParseExact(from!, "yyyy-MM-dd", CultureInfo.InvariantCulture), DateOnly.ParseExact(parameters["to"]!, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        var year = int.Parse(parameters["year"]!, CultureInfo.InvariantCulture);
        return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
    }
}
