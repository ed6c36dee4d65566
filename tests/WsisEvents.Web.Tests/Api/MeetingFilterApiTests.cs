using System.Globalization;
using System.Text.Json;

namespace WsisEvents.Web.Tests.Api;

public class MeetingFilterApiTests(SeededCatalog catalog) : IClassFixture<SeededCatalog>
{
    private async Task<(List<JsonElement> Items, int Total)> QueryAsync(string query)
    {
        var page = await catalog.Client.GetJsonAsync("/api/meetings?pageSize=200&" + query);
        return ([.. page.GetProperty("items").EnumerateArray()], page.GetProperty("total").GetInt32());
    }

    private static DateOnly Date(JsonElement m, string name) =>
        DateOnly.ParseExact(m.GetProperty(name).GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static IEnumerable<string?> Slugs(JsonElement m, string collection) =>
        m.GetProperty(collection).EnumerateArray().Select(x => x.GetProperty("slug").GetString());

    public static TheoryData<string, string> Filters => new()
    {
        { "year=2004", "year 2004" },
        { "year=2015", "year 2015" },
        { "from=2005-06-30&to=2005-06-30", "overlaps 2005-06-30" },
        { "from=2005-06-01", "ends on or after 2005-06-01" },
        { "to=2004-01-01", "starts on or before 2004-01-01" },
        { "theme=c5-confidence-and-security", "theme c5-confidence-and-security" },
        { "theme=C9", "theme c9-media" },
        { "category=wsis-regional-thematic-meetings", "category wsis-regional-thematic-meetings" },
        { "country=switzerland", "country Switzerland" },
        { "organizer=unesco", "organizer unesco" },
        { "organizer=Itu", "organizer itu" },
        { "organizer=government-of-japan", "organizer government-of-japan" },
        { "q=spam", "text spam" },
        { "q=S%C3%A3o", "text São" },
        { "q=Diplo", "text Diplo" },
        { "theme=c9-media&year=2005", "theme c9-media,year 2005" },
        { "organizer=itu&year=2005&country=Switzerland", "organizer itu,year 2005,country Switzerland" },
        { "category=wsis-thematic-meetings&from=2005-05-01&to=2005-05-31&theme=c8-cultural-and-linguistic-diversity",
            "category wsis-thematic-meetings,ends on or after 2005-05-01,starts on or before 2005-05-31,theme c8-cultural-and-linguistic-diversity" },
    };

    /// <summary>Each filter returns exactly the meetings of the whole catalog that satisfy it, checked against
    /// the unfiltered list, so the expectation is computed independently of the filter's SQL.</summary>
    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Filter_ReturnsExactlyTheMatchingMeetings(string query, string conditions)
    {
        var (all, _) = await QueryAsync("");
        var expected = new List<string?>();
        foreach (var m in all)
        {
            var detail = await catalog.Client.GetJsonAsync(m.GetProperty("url").GetString()!.Replace("/meetings/", "/api/meetings/", StringComparison.Ordinal));
            if (conditions.Split(',').All(c => Satisfies(detail, c)))
            {
                expected.Add(m.GetProperty("slug").GetString());
            }
        }


        var (items, total) = await QueryAsync(query);

        Assert.NotEmpty(expected);
        Assert.True(expected.Count < all.Count, "the filter should narrow the list");
        Assert.Equal(expected, items.Select(m => m.GetProperty("slug").GetString()));
        Assert.Equal(expected.Count, total);
    }

    private static bool Satisfies(JsonElement m, string condition)
    {
        var (kind, value) = (condition[..condition.IndexOf(' ', StringComparison.Ordinal)], condition[(condition.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
        return kind switch
        {
            "year" => Date(m, "startDate").Year <= int.Parse(value, CultureInfo.InvariantCulture) && Date(m, "endDate").Year >= int.Parse(value, CultureInfo.InvariantCulture),
            "overlaps" => Date(m, "startDate") <= DateOnly.Parse(value, CultureInfo.InvariantCulture) && Date(m, "endDate") >= DateOnly.Parse(value, CultureInfo.InvariantCulture),
            "ends" => Date(m, "endDate") >= DateOnly.Parse(value.Split(' ')[^1], CultureInfo.InvariantCulture),
            "starts" => Date(m, "startDate") <= DateOnly.Parse(value.Split(' ')[^1], CultureInfo.InvariantCulture),
            "theme" => Slugs(m, "themes").Contains(value),
            "category" => m.GetProperty("category").GetProperty("slug").GetString() == value,
            "country" => string.Equals(m.GetProperty("country").GetString(), value, StringComparison.OrdinalIgnoreCase),
            "organizer" => Slugs(m, "organizers").Contains(value),
            "text" => new[] { "title", "description", "city", "country" }
                .Select(p => m.GetProperty(p).GetString())
                .Concat(m.GetProperty("organizers").EnumerateArray().SelectMany(o => new[] { o.GetProperty("name").GetString(), o.GetProperty("acronym").GetString() }))
                .Any(text => text?.Contains(value, StringComparison.OrdinalIgnoreCase) == true),
            _ => throw new ArgumentException(condition),
        };
    }

    [Fact]
    public async Task Filter_ThemeAndYear_GivesTheKnownMeetings()
    {
        var (items, _) = await QueryAsync("theme=c9-media&year=2005");

        Assert.Equal(
            ["international-conference-on-freedom-of-expression-in-cyberspace-2005", "asia-media-summit-2005", "wsis-tunis-phase-2005"],
            items.Select(m => m.GetProperty("slug").GetString()));
    }

    [Fact]
    public async Task List_IsChronologicalByDefaultAndNewestFirstOnRequest()
    {
        var (oldest, _) = await QueryAsync("");
        var (newest, _) = await QueryAsync("sort=newest");

        var starts = oldest.Select(m => Date(m, "startDate")).ToList();
        Assert.Equal(starts.Order(), starts);
        Assert.Equal(starts.OrderDescending(), newest.Select(m => Date(m, "startDate")));
    }

    [Fact]
    public async Task Paging_ReturnsTheRequestedSliceAndTheTotal()
    {
        var (all, _) = await QueryAsync("");
        var page = await catalog.Client.GetJsonAsync("/api/meetings?pageSize=10&page=4");

        Assert.Equal(SeedData.Meetings, page.GetProperty("total").GetInt32());
        Assert.Equal(4, page.GetProperty("page").GetInt32());
        Assert.Equal(10, page.GetProperty("pageSize").GetInt32());
        Assert.Equal(all.Skip(30).Select(m => m.GetProperty("slug").GetString()),
            page.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("slug").GetString()));
    }

    [Fact]
    public async Task Paging_PastTheEnd_IsAnEmptyPageWithTheTotal()
    {
        var page = await catalog.Client.GetJsonAsync("/api/meetings?page=999999");

        Assert.Empty(page.GetProperty("items").EnumerateArray());
        Assert.Equal(SeedData.Meetings, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task DefaultPageSize_Is50()
    {
        var page = await catalog.Client.GetJsonAsync("/api/meetings");

        Assert.Equal(50, page.GetProperty("pageSize").GetInt32());
        Assert.Equal(1, page.GetProperty("page").GetInt32());
    }

    [Theory]
    [InlineData("year=abc", "year")]
    [InlineData("year=0", "year")]
    [InlineData("year=99999999999", "year")]
    [InlineData("from=2005-13-01", "from")]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=2005-02-30", "to")]
    [InlineData("from=2005-06-01&to=2005-01-01", "to")]
    [InlineData("page=0", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("page=100000000", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("theme=c99", "theme")]
    [InlineData("category=no-such-category", "category")]
    [InlineData("organizer=nobody-at-all", "organizer")]
    [InlineData("sort=sideways", "sort")]
    [InlineData("q=%27%3B%20DROP%20TABLE%20Meetings%3B--&year=x", "year")]
    [InlineData("year=2005&year=2004", "year")]
    [InlineData("theme=C5&theme=C7", "theme")]
    [InlineData("q=%00", "q")]
    [InlineData("country=Swi%0Atzerland", "country")]
    public async Task BadQueryValue_Is400WithProblemDetailsNamingTheParameter(string query, string parameter)
    {
        using var response = await catalog.Client.GetAsync("/api/meetings?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out var messages));
        Assert.NotEmpty(messages.EnumerateArray());
        Assert.Contains(parameter, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ECA", "uneca")]
    [InlineData("UNESCAP", "escap")]
    [InlineData("Diplo Foundation", "diplo-foundation")]
    public async Task Organizer_MayBeGivenByAnAliasOfTheDirectory(string organizer, string slug)
    {
        var (byAlias, _) = await QueryAsync("organizer=" + Uri.EscapeDataString(organizer));
        var (bySlug, _) = await QueryAsync("organizer=" + slug);

        Assert.NotEmpty(bySlug);
        Assert.Equal(bySlug.Select(m => m.GetProperty("slug").GetString()), byAlias.Select(m => m.GetProperty("slug").GetString()));
    }

    [Fact]
    public async Task VeryLongSearchText_Is400NotA500()
    {
        using var response = await catalog.Client.GetAsync("/api/meetings?q=" + new string('x', 5000));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"q\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%25")]
    [InlineData("_")]
    [InlineData("%27%20OR%201%3D1%20--")]
    public async Task SearchText_WithSqlWildcardsOrQuotes_IsTakenLiterally(string q)
    {
        var (items, total) = await QueryAsync("q=" + q);

        Assert.Empty(items);
        Assert.Equal(0, total);
    }

    [Fact]
    public async Task UnknownMeeting_Is404ProblemDetails()
    {
        using var response = await catalog.Client.GetAsync("/api/meetings/no-such-meeting");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
