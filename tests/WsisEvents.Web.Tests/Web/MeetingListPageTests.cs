namespace WsisEvents.Web.Tests.Web;

public class MeetingListPageTests(SeededCatalog catalog) : IClassFixture<SeededCatalog>
{
    public static TheoryData<string> Queries => new()
    {
        "",
        "year=2004",
        "year=2005&sort=newest",
        "from=2005-06-30&to=2005-06-30",
        "from=2005-06-01",
        "to=2004-01-01",
        "theme=c5-confidence-and-security",
        "theme=C9",
        "category=wsis-regional-thematic-meetings",
        "country=switzerland",
        "organizer=unesco",
        "organizer=ITU",
        "q=spam",
        "q=S%C3%A3o",
        "theme=c9-media&year=2005",
        "organizer=itu&year=2005&country=Switzerland",
        "category=wsis-thematic-meetings&from=2005-05-01&to=2005-05-31&theme=c8-cultural-and-linguistic-diversity",
        "q=nothing-matches-this",
    };

    /// <summary>The list page and the API share one query: the same parameters give the same meetings.</summary>
    [Theory]
    [MemberData(nameof(Queries))]
    public async Task ListPage_ShowsTheSameMeetingsAsTheApi(string query)
    {
        var api = await catalog.Client.GetJsonAsync("/api/meetings?pageSize=200&" + query);
        var page = await catalog.Client.GetDocumentAsync("/meetings?pageSize=200&" + query);

        var expected = api.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("slug").GetString()!).ToList();
        Assert.Equal(expected, page.MeetingSlugs());
        Assert.Contains(api.GetProperty("total").GetInt32() == 1 ? "1 meeting" : $"{api.GetProperty("total").GetInt32()} meetings",
            page.QuerySelector("#results-heading")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListPage_GroupsMeetingsUnderYearAndMonthHeadings()
    {
        var page = await catalog.Client.GetDocumentAsync("/meetings");

        Assert.Equal(["2003", "2004", "2005", "2015"], page.QuerySelectorAll(".year-heading").Select(h => h.TextContent.Trim()));
        var year2004 = page.QuerySelector("section[aria-labelledby='y-2004']")!;
        Assert.Equal(
            ["February 2004", "July 2004", "October 2004", "November 2004"],
            year2004.QuerySelectorAll(".month-heading").Select(h => h.TextContent.Trim()));
        var july = page.QuerySelector("section[aria-labelledby='m-2004-07']")!;
        Assert.Equal("7–9 July 2004", july.QuerySelector(".meeting-dates")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("wsis-thematic-meeting-on-cybersecurity-2005", "28 June – 1 July 2005", "Geneva, Switzerland")]
    [InlineData("online-forum-on-intellectual-property-in-the-information-society-2005", "1–15 June 2005", "Online")]
    [InlineData("international-conference-on-multistakeholder-diplomacy-2005", "11–13 February 2005", "Malta")]
    [InlineData("ict-applications-in-natural-disaster-reduction-2005", "21 January 2005", "Kobe, Japan")]
    public async Task ListRow_ShowsDatesAndPlaceAsPeopleWriteThem(string slug, string dates, string place)
    {
        var page = await catalog.Client.GetDocumentAsync("/meetings");

        var row = page.QuerySelectorAll(".meeting-row").Single(r => r.QuerySelector(".meeting-title a")!.GetAttribute("href") == $"/meetings/{slug}");
        Assert.Equal(dates, row.QuerySelector(".meeting-dates")!.TextContent.Trim());
        Assert.Equal(place, row.QuerySelector(".meeting-place")!.TextContent.Trim());
    }

    [Fact]
    public async Task ListRow_LinksOrganizersAndThemeBadges()
    {
        var page = await catalog.Client.GetDocumentAsync("/meetings?organizer=apt");

        var row = page.QuerySelector(".meeting-row")!;
        Assert.Equal(["/organizations/apt", "/organizations/itu"], row.QuerySelectorAll(".meeting-organizers a").Select(a => a.GetAttribute("href")));
        Assert.Contains(row.QuerySelectorAll(".theme-badge"), b => b.GetAttribute("href") == "/meetings?theme=c7-ict-applications");
    }

    [Fact]
    public async Task ActiveFilters_AreChipsThatEachRemoveOnlyThemselves()
    {
        var page = await catalog.Client.GetDocumentAsync("/meetings?theme=c9-media&year=2005&sort=newest");

        var chips = page.QuerySelectorAll(".filter-chips a").ToList();
        Assert.Equal(2, chips.Count);
        Assert.StartsWith("Year: 2005", chips[0].TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("/meetings?year=2005&sort=newest", chips[1].GetAttribute("href"));
        Assert.Equal("/meetings?theme=c9-media&sort=newest", chips[0].GetAttribute("href"));
        Assert.StartsWith("Action Line: C9 Media", chips[1].TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoMatch_SaysSoAndOffersAWayBack()
    {
        var page = await catalog.Client.GetDocumentAsync("/meetings?q=nothing-matches-this");

        Assert.Contains("No meetings match these filters.", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.MeetingSlugs());
    }

    [Fact]
    public async Task Paging_KeepsTheQueryAndLinksPreviousAndNext()
    {
        var page = await catalog.Client.GetDocumentAsync("/meetings?theme=c11-international-and-regional-cooperation&pageSize=5&page=2");

        Assert.Equal(5, page.MeetingSlugs().Count);
        Assert.Equal("/meetings?theme=c11-international-and-regional-cooperation&pageSize=5", page.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/meetings?theme=c11-international-and-regional-cooperation&page=3&pageSize=5", page.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/meetings?theme=c11-international-and-regional-cooperation&page=3&pageSize=5", page.QuerySelector("head link[rel=next]")!.GetAttribute("href"));
        Assert.Equal("2", page.QuerySelector(".pagination [aria-current=page]")!.TextContent.Trim());
        Assert.NotEmpty(page.QuerySelectorAll(".pagination a"));
        Assert.All(page.QuerySelectorAll(".pagination a"), a => Assert.Contains("theme=c11-international-and-regional-cooperation", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task FilterForm_IsAPlainGetFormWithALabelForEveryField()
    {
        var page = await catalog.Client.GetDocumentAsync("/meetings?theme=c9-media&year=2005");

        var form = page.QuerySelector("form.filter-form")!;
        Assert.Equal("get", form.GetAttribute("method"));
        var fields = form.QuerySelectorAll("input:not([type=hidden]), select").ToList();
        Assert.Equal(9, fields.Count);
        Assert.All(fields, f => Assert.NotNull(page.QuerySelector($"label[for='{f.Id}']")));
        Assert.Equal("c9-media", form.QuerySelector("select[name=theme] option[selected]")!.GetAttribute("value"));
        Assert.Equal("2005", form.QuerySelector("select[name=year] option[selected]")!.GetAttribute("value"));
    }

    public static TheoryData<string, string> BadQueries => new()
    {
        { "year=abc", "year" },
        { "from=not-a-date", "from" },
        { "from=2005-06-01&to=2005-01-01", "to" },
        { "page=0", "page" },
        { "page=100000000", "page" },
        { "theme=c42", "theme" },
        { "organizer=nobody", "organizer" },
        { "q=" + new string('x', 5000), "q" },
        { "pageSize=100000", "pageSize" },
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task BadQueryValue_IsA400PageThatSaysWhatIsWrong(string query, string parameter)
    {
        using var response = await catalog.Client.GetAsync("/meetings?" + query);
        var html = await response.Content.ReadAsStringAsync();
        var page = await Html.ParseAsync(html);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(page.QuerySelector("form.filter-form .alert-danger li"));
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at WsisEvents", html, StringComparison.Ordinal);
        if (page.QuerySelector($"[name='{parameter}']") is { } field && field.GetAttribute("type") != "hidden")
        {
            Assert.Contains("is-invalid", field.ClassName, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PagePastTheEnd_IsAnEmptyPageWithAWayBack()
    {
        var (status, page) = await catalog.Client.GetPageAsync("/meetings?page=500");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(page.MeetingSlugs());
        Assert.Contains("past the last one", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_BarsLinkToTheirPeriodAndCountWhatThatLinkLists()
    {
        var page = await catalog.Client.GetDocumentAsync("/meetings?year=2005");

        var svg = page.QuerySelector("svg.timeline-svg")!;
        Assert.NotNull(svg.QuerySelector("title"));
        Assert.NotNull(svg.QuerySelector("desc"));
        var bars = svg.QuerySelectorAll("a.timeline-bar").ToList();
        Assert.Equal(48, bars.Count);
        var june = bars.Single(b => b.GetAttribute("aria-label")!.StartsWith("June 2005", StringComparison.Ordinal));
        var count = int.Parse(june.GetAttribute("aria-label")!.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("/meetings?from=2005-06-01&to=2005-06-30", june.GetAttribute("href"));
        var api = await catalog.Client.GetJsonAsync("/api/meetings?from=2005-06-01&to=2005-06-30");
        Assert.Equal(api.GetProperty("total").GetInt32(), count);
        Assert.Contains(svg.QuerySelectorAll(".timeline-marker text"), t => t.TextContent == "Geneva phase");
        Assert.Contains(svg.QuerySelectorAll(".timeline-marker text"), t => t.TextContent == "Tunis phase");
    }
}
