namespace WsisEvents.Web.Tests.Web;

public class DetailPageTests(SeededCatalog catalog) : IClassFixture<SeededCatalog>
{
    [Fact]
    public async Task EveryMeeting_HasAPageThatRendersWithItsActionLines()
    {
        var slugs = await catalog.Factory.WithDbAsync(db => db.Meetings.Select(m => m.Slug).ToListAsync());

        Assert.Equal(SeedData.Meetings, slugs.Count);
        foreach (var slug in slugs)
        {
            var page = await catalog.Client.GetDocumentAsync($"/meetings/{slug}");
            Assert.Single(page.QuerySelectorAll("h1"));
            Assert.NotEmpty(page.QuerySelectorAll("a[href^='/meetings?theme=']"));
        }
    }

    [Fact]
    public async Task EveryOrganization_HasAPageThatRenders()
    {
        var slugs = await catalog.Factory.WithDbAsync(db => db.Organizations.Select(o => o.Slug).ToListAsync());

        Assert.Equal(SeedData.Organizations, slugs.Count);
        foreach (var slug in slugs)
        {
            var page = await catalog.Client.GetDocumentAsync($"/organizations/{slug}");
            Assert.Single(page.QuerySelectorAll("h1"));
        }
    }

    [Fact]
    public async Task MeetingPage_ShowsFactsLinksSourceAndRelatedMeetings()
    {
        var page = await catalog.Client.GetDocumentAsync("/meetings/measuring-the-information-society-2005");

        Assert.Equal("Measuring the Information Society", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Measuring the Information Society · WsisEvents", page.Title);
        Assert.Contains("7–9 February 2005", page.QuerySelector(".meeting-facts")!.TextContent, StringComparison.Ordinal);
        var organizerLinks = page.QuerySelectorAll(".meeting-facts a[href^='/organizations/']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(
            ["/organizations/unctad", "/organizations/oecd", "/organizations/itu", "/organizations/uis", "/organizations/un-regional-commissions", "/organizations/un-ict-task-force", "/organizations/world-bank"],
            organizerLinks);
        Assert.Contains(page.QuerySelectorAll(".meeting-facts a"), a => a.GetAttribute("href") == "/meetings?theme=c11-international-and-regional-cooperation");
        Assert.Contains("Partnership on Measuring ICT for Development", page.QuerySelector(".meeting-description")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("002_85274b9193408efb.txt, line 44", page.QuerySelector(".meeting-source")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("follow-up-meetings-of-the-conference-measuring-the-information-society-2005", page.MeetingSlugs("section[aria-labelledby=related]")[0]);
    }

    [Fact]
    public async Task MeetingPage_KeepsTheSourceSpellingInTheSourceAndCorrectsItInTheFacts()
    {
        var page = await catalog.Client.GetDocumentAsync("/meetings/latin-american-e-business-forum-empowering-sme-exporters-through-icts-2004");

        Assert.Contains("São Paulo", page.QuerySelector(".meeting-facts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("San Paulo (Brazil)", page.QuerySelector(".meeting-source blockquote")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownMeeting_IsAFriendly404Page()
    {
        var (status, page) = await catalog.Client.GetPageAsync("/meetings/no-such-meeting");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("main a[href='/']"));
    }

    [Fact]
    public async Task InternetSocietyPage_ListsItsAffiliationsWithCitations()
    {
        var page = await catalog.Client.GetDocumentAsync("/organizations/isoc");

        var affiliations = page.QuerySelectorAll("section[aria-labelledby=affiliations] .affiliation").ToList();
        Assert.Equal(10, affiliations.Count);
        var ecosoc = affiliations.Single(a => a.QuerySelector("a[href='/organizations/ecosoc']") is not null);
        Assert.Contains("Consultative status with", ecosoc.TextContent, StringComparison.Ordinal);
        Assert.Contains("since 2010", ecosoc.TextContent, StringComparison.Ordinal);
        Assert.Contains("consultative status with the United Nations", ecosoc.QuerySelector("blockquote")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TargetOrganizationPage_ShowsWhoIsAffiliatedWithIt()
    {
        var page = await catalog.Client.GetDocumentAsync("/organizations/ecosoc");

        var affiliated = page.QuerySelector("section[aria-labelledby=affiliated]")!;
        Assert.Contains("Internet Society", affiliated.TextContent, StringComparison.Ordinal);
        Assert.Contains("consultative status", affiliated.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ItuPage_ShowsItsSubBodiesAndMeetings()
    {
        var page = await catalog.Client.GetDocumentAsync("/organizations/itu");

        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/organizations/itu-t");
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/organizations/itu-d");
        Assert.Equal(10, page.MeetingSlugs("section[aria-labelledby=meetings]").Count);
        var ituT = await catalog.Client.GetDocumentAsync("/organizations/itu-t");
        Assert.Contains(ituT.QuerySelectorAll("dd a"), a => a.GetAttribute("href") == "/organizations/itu");
    }

    [Fact]
    public async Task OrganizationDirectory_FiltersByKindAndSearches()
    {
        var governments = await catalog.Client.GetDocumentAsync("/organizations?kind=government");
        var search = await catalog.Client.GetDocumentAsync("/organizations?q=unesco");

        Assert.NotEmpty(governments.QuerySelectorAll(".org-row"));
        Assert.All(governments.QuerySelectorAll(".org-row"), r => Assert.Contains("Government", r.TextContent, StringComparison.Ordinal));
        Assert.Contains(governments.QuerySelectorAll(".org-row a"), a => a.GetAttribute("href") == "/organizations/government-of-japan");
        Assert.Contains(search.QuerySelectorAll(".org-row a"), a => a.GetAttribute("href") == "/organizations/uis");
    }

    [Fact]
    public async Task OrganizationDirectory_UnknownKind_Is400WithAMessage()
    {
        var (status, page) = await catalog.Client.GetPageAsync("/organizations?kind=spaceship");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(page.QuerySelector(".alert-danger"));
    }

    [Fact]
    public async Task ThemesPage_ListsTheElevenActionLinesWithCountsLinkingToTheFilteredList()
    {
        var page = await catalog.Client.GetDocumentAsync("/themes");

        var items = page.QuerySelectorAll(".theme-item").ToList();
        Assert.Equal(SeedData.ActionLines, items.Count);
        Assert.Contains(items, i => i.QuerySelector("a[href='/meetings?theme=c5-confidence-and-security']")?.TextContent == "5 meetings");
    }

    [Fact]
    public async Task EveryActionLinePage_ListsItsMeetings()
    {
        var themes = await catalog.Client.GetJsonAsync("/api/themes");

        Assert.Equal(SeedData.ActionLines, themes.GetArrayLength());
        foreach (var theme in themes.EnumerateArray())
        {
            var slug = theme.GetProperty("slug").GetString();
            var api = await catalog.Client.GetJsonAsync($"/api/meetings?pageSize=20&theme={slug}");
            var page = await catalog.Client.GetDocumentAsync($"/themes/{slug}");

            Assert.NotEmpty(page.MeetingSlugs());
            Assert.Equal(api.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("slug").GetString()!), page.MeetingSlugs());
        }
    }

    [Fact]
    public async Task HomePage_HasTimelineRecentMeetingsThemesAndEntryPoints()
    {
        var page = await catalog.Client.GetDocumentAsync("/");

        Assert.NotNull(page.QuerySelector("svg.timeline-svg title"));
        Assert.Equal(48, page.QuerySelectorAll("svg.timeline-svg a.timeline-bar").Length);
        Assert.Equal(5, page.MeetingSlugs("section[aria-labelledby=recent-heading]").Count);
        Assert.Equal(SeedData.ActionLines, page.QuerySelectorAll("section[aria-labelledby=themes-heading] .theme-item").Length);
        Assert.NotNull(page.QuerySelector("a[href='/meetings?year=2005']"));
        Assert.Contains("1 meeting outside 2003–2006", page.QuerySelector(".timeline")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/meetings")]
    [InlineData("/meetings/asia-media-summit-2005")]
    [InlineData("/themes")]
    [InlineData("/themes/c9-media")]
    [InlineData("/organizations")]
    [InlineData("/organizations/isoc")]
    public async Task EveryPage_HasOneH1LandmarksSkipLinkLanguageAndATitleNamingIt(string url)
    {
        var page = await catalog.Client.GetDocumentAsync(url);

        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Single(page.QuerySelectorAll("main"));
        Assert.NotNull(page.QuerySelector("nav[aria-label=Main]"));
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("#main", page.QuerySelector("a.skip-link")!.GetAttribute("href"));
        Assert.EndsWith(" · WsisEvents", page.Title, StringComparison.Ordinal);
        // A page may have no form; whatever fields it has are labelled.
        Assert.Empty(page.QuerySelectorAll("input:not([type=hidden]), select").Where(f => page.QuerySelector($"label[for='{f.Id}']") is null).Select(f => f.Id));
        Assert.DoesNotContain(page.QuerySelectorAll("link[rel=stylesheet], script[src]"), e => (e.GetAttribute("href") ?? e.GetAttribute("src"))!.StartsWith("http", StringComparison.Ordinal));
    }
}
