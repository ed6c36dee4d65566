using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using static WsisEvents.Web.Tests.Feeds.FeedResponses;

namespace WsisEvents.Web.Tests.Feeds;

public class FeedContentTests(SeededCatalog catalog) : IClassFixture<SeededCatalog>
{
    public static TheoryData<string> Queries => new()
    {
        "",
        "year=2004",
        "year=2005&sort=newest",
        "from=2005-06-30&to=2005-06-30",
        "theme=c5-confidence-and-security&year=2005",
        "theme=C9",
        "category=wsis-regional-thematic-meetings",
        "country=switzerland",
        "organizer=ITU",
        "q=S%C3%A3o",
        "organizer=itu&year=2005&country=Switzerland",
        "q=nothing-matches-this",
    };

    private async Task<List<string>> ApiSlugsAsync(string query)
    {
        var page = await catalog.Client.GetJsonAsync("/api/meetings?pageSize=200&" + query);
        return page.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("slug").GetString()!).ToList();
    }

    /// <summary>The calendar, the feed and the export validate and filter with the list's code: the same query
    /// gives exactly the meetings the API gives.</summary>
    [Theory]
    [MemberData(nameof(Queries))]
    public async Task FilteredFeeds_ListExactlyTheMeetingsOfTheApi(string query)
    {
        var expected = await ApiSlugsAsync(query);

        var calendar = await catalog.Client.GetCalendarAsync("/meetings.ics?" + query);
        var atom = await catalog.Client.GetAtomAsync("/meetings.atom?" + query);
        var csv = await catalog.Client.GetCsvAsync("/meetings.csv?" + query);

        Assert.Equal(expected.Order(), calendar.Events.Select(e => SlugOf(e.Url!.OriginalString)).Order());
        Assert.Equal(expected.Order(), atom.Root!.Elements(Atom + "entry")
            .Select(e => SlugOf(e.Elements(Atom + "link").Single(l => (string?)l.Attribute("type") == "text/html").Attribute("href")!.Value)).Order());
        Assert.Equal(expected, csv.Skip(1).Select(r => r[0]));
    }

    [Fact]
    public async Task Feeds_IgnorePaging()
    {
        var calendar = await catalog.Client.GetCalendarAsync("/meetings.ics?page=2&pageSize=5");
        var csv = await catalog.Client.GetCsvAsync("/meetings.csv?page=2&pageSize=5");

        Assert.Equal(SeedData.Meetings, calendar.Events.Count);
        Assert.Equal(1 + SeedData.Meetings, csv.Count);
    }

    [Fact]
    public async Task Calendar_HasEverySeededMeetingAsAnAllDayEventEndingTheDayAfterItsLastDay()
    {
        var meetings = await catalog.Factory.WithDbAsync(db => db.Meetings.AsNoTracking()
            .Select(m => new { m.Id, m.Slug, m.Title, m.StartDate, m.EndDate, m.SourceLine }).ToListAsync());

        var calendar = await catalog.Client.GetCalendarAsync("/meetings.ics");

        var events = calendar.Events.ToList();
        Assert.Equal(SeedData.Meetings, meetings.Count);
        Assert.Equal(SeedData.Meetings, events.Count);
        Assert.Equal(SeedData.SourcePageMeetings, meetings.Count(m => m.SourceLine is not null));
        foreach (var meeting in meetings)
        {
            var e = Assert.Single(events, e => e.Uid == $"meeting-{meeting.Id}@wsisevents");
            Assert.Equal(meeting.Title, e.Summary);
            Assert.Equal("DATE", e.Properties["DTSTART"]!.Parameters.Get("VALUE"));
            Assert.Equal("DATE", e.Properties["DTEND"]!.Parameters.Get("VALUE"));
            Assert.True(e.IsAllDay);
            Assert.Equal(meeting.StartDate, e.DtStart!.Date);
            Assert.Equal(meeting.EndDate.AddDays(1), e.DtEnd!.Date);
            Assert.Equal($"http://localhost/meetings/{meeting.Slug}", e.Url!.OriginalString);
        }
    }

    [Fact]
    public async Task Calendar_HasTheCalendarPropertiesAndEventsInDateOrder()
    {
        var calendar = await catalog.Client.GetCalendarAsync("/meetings.ics");

        Assert.Equal("VCALENDAR", calendar.Name);
        Assert.Equal("2.0", calendar.Version);
        Assert.Equal("-//WsisEvents//WSIS meetings//EN", calendar.ProductId);
        Assert.Equal("GREGORIAN", calendar.Scale);
        Assert.Equal("PUBLISH", calendar.Method);
        Assert.Equal("WSIS meetings · WsisEvents", calendar.Text("X-WR-CALNAME"));
        var starts = calendar.Events.Select(e => e.DtStart!.Date).ToList();
        Assert.Equal(starts.Order(), starts);
        Assert.Equal(SeedData.Meetings, calendar.Events.Count);
        Assert.All(calendar.Events, e =>
        {
            Assert.True(e.DtStamp is { HasTime: true, IsUtc: true }, $"{e.Uid}: DTSTAMP is not a UTC date-time");
            Assert.True(e.LastModified is { HasTime: true, IsUtc: true }, $"{e.Uid}: LAST-MODIFIED is not a UTC date-time");
        });
    }

    [Fact]
    public async Task CalendarEvent_CarriesPlaceDescriptionCategoriesAndOrganizers()
    {
        var calendar = await catalog.Client.GetCalendarAsync("/meetings/economic-and-social-implications-of-ict-2005.ics");

        var e = Assert.Single(calendar.Events);
        Assert.Equal("Economic and Social Implications of ICT", calendar.Text("X-WR-CALNAME"));
        Assert.Equal(new DateOnly(2005, 1, 17), e.DtStart!.Date);
        Assert.Equal(new DateOnly(2005, 1, 20), e.DtEnd!.Date);
        Assert.Equal("Antigua, Guatemala", e.Location);
        Assert.Equal(["C6 Enabling environment", "C7 ICT applications (e-government, e-business, e-learning, e-health, e-employment, e-environment, e-agriculture, e-science)"],
            e.Categories);
        Assert.StartsWith("This event speaks to the Geneva Plan of Action, which requests", e.Description, StringComparison.Ordinal);
        Assert.Contains("\n\nOrganized by: International Labour Organization (ILO); International Trade Centre (ITC);", e.Description, StringComparison.Ordinal);
        var organizers = e.Properties.AllOf("X-WSISEVENTS-ORGANIZER").ToList();
        Assert.Equal(["International Labour Organization", "International Trade Centre", "Organisation for Economic Co-operation and Development", "United Nations Conference on Trade and Development"],
            organizers.Select(o => o.Parameter("CN")));
        Assert.Equal("http://localhost/organizations/ilo", organizers[0].Value);
        Assert.Null(e.Organizer);
    }

    [Fact]
    public async Task MeetingCalendarRoute_DoesNotTakeTheMeetingPage()
    {
        using var page = await catalog.Client.GetAsync("/meetings/asia-media-summit-2005");
        using var calendar = await catalog.Client.GetAsync("/meetings/asia-media-summit-2005.ics");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.OK, calendar.StatusCode);
        Assert.Equal("text/calendar", calendar.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("/meetings/no-such-meeting.ics")]
    [InlineData("/meetings/asia-media-summit-2005.json.ics")]
    [InlineData("/meetings/ASIA-MEDIA-SUMMIT-2005.ics")]
    public async Task UnknownMeetingCalendar_Is404WithAMessage(string url)
    {
        using var response = await catalog.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("No meeting has that slug.\n", await response.Content.ReadAsStringAsync());
    }

    public static TheoryData<string, string> BadQueries => new()
    {
        { "theme=no-such-line", "theme" },
        { "from=2005-13-45", "from" },
        { "from=2005-06-01&to=2005-01-01", "to" },
        { "year=abc", "year" },
        { "page=0", "page" },
        { "pageSize=100000", "pageSize" },
        { "sort=sideways", "sort" },
        { "organizer=nobody-at-all", "organizer" },
        { "q=" + new string('x', 5000), "q" },
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task BadParameters_Are400WithTheListsMessage(string query, string parameter)
    {
        foreach (var feed in new[] { "/meetings.ics", "/meetings.atom", "/meetings.csv" })
        {
            using var response = await catalog.Client.GetAsync($"{feed}?{query}");

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
            var body = await response.Content.ReadAsStringAsync();
            Assert.StartsWith("The query has invalid parameters.\n", body, StringComparison.Ordinal);
            Assert.Contains($"\n- {parameter}: ", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Atom_IsAFeedWithOneEntryPerMeeting()
    {
        var feed = await catalog.Client.GetAtomAsync("/meetings.atom?theme=c5-confidence-and-security&year=2005");

        var root = feed.Root!;
        Assert.Equal(Atom + "feed", root.Name);
        Assert.Equal("tag:wsisevents,2025:meetings?year=2005&theme=c5-confidence-and-security", root.Element(Atom + "id")!.Value);
        Assert.Equal("http://localhost/meetings.atom?year=2005&theme=c5-confidence-and-security",
            root.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        Assert.Equal("http://localhost/meetings?year=2005&theme=c5-confidence-and-security",
            root.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value);
        Assert.Equal("WsisEvents", root.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        var entries = root.Elements(Atom + "entry").ToList();
        Assert.NotEmpty(entries);
        Assert.Equal((await ApiSlugsAsync("theme=c5-confidence-and-security&year=2005")).Count, entries.Count);
        foreach (var entry in entries)
        {
            Assert.Matches("^tag:wsisevents,2025:meeting-[0-9]+$", entry.Element(Atom + "id")!.Value);
            Assert.NotEmpty(entry.Element(Atom + "title")!.Value);
            Assert.Equal(DateTimeKind.Utc, DateTime.Parse(entry.Element(Atom + "updated")!.Value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal).Kind);
            Assert.NotNull(entry.Element(Atom + "published"));
            Assert.Equal("html", entry.Element(Atom + "content")!.Attribute("type")!.Value);
            Assert.Contains(entry.Elements(Atom + "category"), c => c.Attribute("term")!.Value == "C5");
            Assert.NotEmpty(entry.Elements(Atom + "author"));
        }
    }

    [Fact]
    public async Task Atom_EntryContentIsTheSafeHtmlOfTheDescription()
    {
        var feed = await catalog.Client.GetAtomAsync("/meetings.atom?q=Multistakeholder%20Diplomacy");

        var entry = Assert.Single(feed.Root!.Elements(Atom + "entry"));
        Assert.Equal("International Conference on Multistakeholder Diplomacy", entry.Element(Atom + "title")!.Value);
        Assert.StartsWith("<p>11–13 February 2005 · Malta</p>\n<p>This conference will examine", entry.Element(Atom + "content")!.Value, StringComparison.Ordinal);
        Assert.Equal(["Government of Malta", "DiploFoundation", "Swiss Agency for Development and Cooperation", "Global Knowledge Partnership"],
            entry.Elements(Atom + "author").Select(a => a.Element(Atom + "name")!.Value));
    }

    [Fact]
    public async Task Csv_HasAHeaderAndOneRowPerMeetingWithItsFacts()
    {
        var records = await catalog.Client.GetCsvAsync("/meetings.csv");

        Assert.Equal(
            ["slug", "title", "start_date", "end_date", "date_precision", "city", "country", "online", "category", "organizers", "action_lines", "url"],
            records[0]);
        Assert.Equal(1 + SeedData.Meetings, records.Count);
        Assert.All(records, r => Assert.Equal(12, r.Count));
        Assert.Equal(await ApiSlugsAsync(""), records.Skip(1).Select(r => r[0]));
        var saoPaulo = records.Single(r => r[0] == "latin-american-e-business-forum-empowering-sme-exporters-through-icts-2004");
        Assert.Equal("São Paulo", saoPaulo[5]);
        Assert.Equal("Brazil", saoPaulo[6]);
        var online = records.Single(r => r[0] == "online-forum-on-intellectual-property-in-the-information-society-2005");
        Assert.Equal(["2005-06-01", "2005-06-15", "day", "", "", "yes"], online[2..8]);
        var measuring = records.Single(r => r[0] == "measuring-the-information-society-2005");
        Assert.StartsWith("United Nations Conference on Trade and Development; Organisation for Economic Co-operation and Development; ", measuring[9], StringComparison.Ordinal);
        Assert.Equal("C3; C11", measuring[10]);
        Assert.Equal("http://localhost/meetings/measuring-the-information-society-2005", measuring[11]);
    }

    [Fact]
    public async Task Csv_IsAnAttachmentWithAFileName()
    {
        using var response = await catalog.Client.GetAsync("/meetings.csv?year=2005");

        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("wsis-meetings.csv", disposition.FileName);
    }

    [Fact]
    public async Task Sitemap_ListsEveryPublicPageWithAbsoluteAddressesAndDates()
    {
        var (meetings, themes, organizations) = await catalog.Factory.WithDbAsync(async db => (
            await db.Meetings.Select(m => m.Slug).ToListAsync(),
            await db.Themes.Select(t => t.Slug).ToListAsync(),
            await db.Organizations.Select(o => o.Slug).ToListAsync()));
        var (files, urls) = await catalog.Client.GetSitemapAsync("/sitemap.xml");

        Assert.Equal(
            ["http://localhost/sitemaps/pages.xml", "http://localhost/sitemaps/meetings-1.xml", "http://localhost/sitemaps/organizations-1.xml"],
            files.Select(f => f.Element(SitemapNs + "loc")!.Value));
        var locs = urls.Select(u => u.Element(SitemapNs + "loc")!.Value).ToList();
        Assert.Equal(SeedData.Meetings, meetings.Count);
        Assert.Equal(SeedData.ActionLines, themes.Count);
        Assert.NotEmpty(organizations);
        // "/", the meetings, the Action Lines, the organizations and the outcome documents, plus one page per entry.
        Assert.Equal(5 + meetings.Count + themes.Count + organizations.Count, urls.Count);
        Assert.Equal(locs.Count, locs.Distinct().Count());
        Assert.Contains("http://localhost/", locs);
        Assert.Contains("http://localhost/meetings", locs);
        Assert.Contains("http://localhost/themes", locs);
        Assert.Contains("http://localhost/organizations", locs);
        Assert.All(meetings, s => Assert.Contains($"http://localhost/meetings/{s}", locs));
        Assert.All(themes, s => Assert.Contains($"http://localhost/themes/{s}", locs));
        Assert.All(organizations, s => Assert.Contains($"http://localhost/organizations/{s}", locs));
        Assert.All(urls.Concat(files), u => DateTime.Parse(u.Element(SitemapNs + "lastmod")!.Value, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Sitemap_EveryAddressAnswers200()
    {
        var (_, urls) = await catalog.Client.GetSitemapAsync("/sitemap.xml");
        var locs = urls.Select(u => u.Element(SitemapNs + "loc")!).ToList();

        Assert.True(locs.Count > SeedData.Meetings, $"{locs.Count} addresses in the sitemap");
        foreach (var loc in locs)
        {
            using var response = await catalog.Client.GetAsync(new Uri(loc.Value).PathAndQuery);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{loc.Value} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Robots_PointsToTheSitemapAndKeepsCrawlersOutOfAdminAndAccount()
    {
        using var response = await catalog.Client.GetAsync("/robots.txt");

        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');
        Assert.Equal("User-agent: *", lines[0]);
        Assert.Contains("Disallow: /admin", lines);
        Assert.Contains("Disallow: /account", lines);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", lines);
        Assert.Contains("Sitemap: http://localhost/ar/sitemap.xml", lines);
        Assert.Contains("Disallow: /fr/admin", lines);
        Assert.Contains("Disallow: /es/account", lines);
    }

    [Theory]
    [InlineData("/fr/sitemap.xml", "/fr")]
    [InlineData("/ar/sitemap.xml", "/ar")]
    [InlineData("/sitemap.xml", "")]
    public async Task Sitemap_InEachLanguage_ListsItsAddresses_EachWithItsAlternatesInEveryLanguage(string address, string prefix)
    {
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var (_, english) = await catalog.Client.GetSitemapAsync("/sitemap.xml");
        var (files, urls) = await catalog.Client.GetSitemapAsync(address);

        Assert.All(files, f => Assert.StartsWith($"http://localhost{prefix}/sitemaps/", f.Element(SitemapNs + "loc")!.Value, StringComparison.Ordinal));
        Assert.Equal(english.Count, urls.Count);
        var meeting = urls.Single(u => u.Element(SitemapNs + "loc")!.Value == $"http://localhost{prefix}/meetings/asia-media-summit-2005");
        var alternates = meeting.Elements(xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["en"] = "http://localhost/meetings/asia-media-summit-2005",
                ["fr"] = "http://localhost/fr/meetings/asia-media-summit-2005",
                ["es"] = "http://localhost/es/meetings/asia-media-summit-2005",
                ["ar"] = "http://localhost/ar/meetings/asia-media-summit-2005",
                ["x-default"] = "http://localhost/meetings/asia-media-summit-2005",
            },
            alternates);
        Assert.All(meeting.Elements(xhtml + "link"), l => Assert.Equal("alternate", l.Attribute("rel")!.Value));
        var home = urls.Single(u => u.Element(SitemapNs + "loc")!.Value == $"http://localhost{prefix}/");
        Assert.Contains(home.Elements(xhtml + "link"), l => l.Attribute("href")!.Value == "http://localhost/fr/");
        // Every location is one of its own alternates, as the hreflang rules ask.
        Assert.All(urls, u => Assert.Contains(u.Elements(xhtml + "link"), l => l.Attribute("href")!.Value == u.Element(SitemapNs + "loc")!.Value));
    }

    /// <summary>An Event whenever its location is known (a place or online), since an Event needs one; a page about
    /// the meeting otherwise.</summary>
    [Fact]
    public async Task EveryMeetingPage_CarriesASchemaOrgEvent_OrAPageWhenItsPlaceIsUnknown()
    {
        var api = await catalog.Client.GetJsonAsync("/api/meetings?pageSize=200");

        Assert.Equal(SeedData.Meetings, api.GetProperty("items").GetArrayLength());
        foreach (var meeting in api.GetProperty("items").EnumerateArray())
        {
            var slug = meeting.GetProperty("slug").GetString()!;
            var page = await catalog.Client.GetDocumentAsync($"/meetings/{slug}");
            var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
            using var json = JsonDocument.Parse(script.TextContent);
            var e = json.RootElement;

            Assert.Equal("https://schema.org", e.GetProperty("@context").GetString());
            var online = meeting.GetProperty("isOnline").GetBoolean();
            if (!online && meeting.GetProperty("city").ValueKind == JsonValueKind.Null && meeting.GetProperty("country").ValueKind == JsonValueKind.Null)
            {
                Assert.Equal("WebPage", e.GetProperty("@type").GetString());
                Assert.Equal($"http://localhost/meetings/{slug}", e.GetProperty("url").GetString());
                Assert.False(e.TryGetProperty("location", out _));
                continue;
            }

            Assert.Equal("Event", e.GetProperty("@type").GetString());
            Assert.Equal(page.QuerySelector("h1")!.TextContent.Trim(), e.GetProperty("name").GetString());
            Assert.Equal(meeting.GetProperty("startDate").GetString(), e.GetProperty("startDate").GetString());
            Assert.Equal(meeting.GetProperty("endDate").GetString(), e.GetProperty("endDate").GetString());
            Assert.Equal($"http://localhost/meetings/{slug}", e.GetProperty("url").GetString());
            Assert.Equal("https://schema.org/EventScheduled", e.GetProperty("eventStatus").GetString());
            Assert.Equal(online ? "https://schema.org/OnlineEventAttendanceMode" : "https://schema.org/OfflineEventAttendanceMode",
                e.GetProperty("eventAttendanceMode").GetString());
            Assert.Equal(online ? "VirtualLocation" : "Place", e.GetProperty("location").GetProperty("@type").GetString());

            Assert.Equal(
                meeting.GetProperty("organizers").EnumerateArray().Select(o => o.GetProperty("name").GetString()),
                e.TryGetProperty("organizer", out var organizers) ? organizers.EnumerateArray().Select(o => o.GetProperty("name").GetString()) : []);
        }
    }

    [Fact]
    public async Task MeetingEvent_HasAPlaceWithAPostalAddressAndOrganizersWithTheirPages()
    {
        var e = await JsonLdAsync("/meetings/wsis-10-high-level-event-2015");

        var location = e.GetProperty("location");
        Assert.Equal("UN Headquarters, New York, United States", location.GetProperty("name").GetString());
        Assert.Equal("PostalAddress", location.GetProperty("address").GetProperty("@type").GetString());
        Assert.Equal("New York", location.GetProperty("address").GetProperty("addressLocality").GetString());
        Assert.Equal("United States", location.GetProperty("address").GetProperty("addressCountry").GetString());
        var organizer = Assert.Single(e.GetProperty("organizer").EnumerateArray());
        Assert.Equal("Organization", organizer.GetProperty("@type").GetString());
        Assert.Equal("http://localhost/organizations/un-general-assembly", organizer.GetProperty("url").GetString());
        Assert.StartsWith("The high-level meeting of the United Nations General Assembly that concluded the WSIS+10 Review.", e.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlineMeetingEvent_HasAVirtualLocation()
    {
        var e = await JsonLdAsync("/meetings/online-forum-on-intellectual-property-in-the-information-society-2005");

        Assert.Equal("VirtualLocation", e.GetProperty("location").GetProperty("@type").GetString());
        Assert.Equal("https://schema.org/OnlineEventAttendanceMode", e.GetProperty("eventAttendanceMode").GetString());
    }

    [Fact]
    public async Task EveryOrganizationPage_CarriesASchemaOrgOrganization()
    {
        var slugs = await catalog.Factory.WithDbAsync(db => db.Organizations.Select(o => o.Slug).ToListAsync());

        Assert.Equal(SeedData.Organizations, slugs.Count);
        foreach (var slug in slugs)
        {
            var o = await JsonLdAsync($"/organizations/{slug}");
            Assert.Equal("Organization", o.GetProperty("@type").GetString());
            Assert.Equal($"http://localhost/organizations/{slug}", o.GetProperty("url").GetString());
            Assert.False(string.IsNullOrWhiteSpace(o.GetProperty("name").GetString()));
        }
    }

    [Fact]
    public async Task OrganizationJsonLd_HasAcronymParentAndWebsite()
    {
        var o = await JsonLdAsync("/organizations/uis");

        Assert.Equal("UNESCO Institute for Statistics", o.GetProperty("name").GetString());
        Assert.Equal("UIS", o.GetProperty("alternateName").GetString());
        Assert.Equal("https://uis.unesco.org", o.GetProperty("sameAs").GetString());
        var parent = o.GetProperty("parentOrganization");
        Assert.Equal("Organization", parent.GetProperty("@type").GetString());
        Assert.Equal("UNESCO", parent.GetProperty("alternateName").GetString());
        Assert.Equal("http://localhost/organizations/unesco", parent.GetProperty("url").GetString());
    }

    [Fact]
    public async Task MeetingList_OffersSubscriptionCsvAndAtomForItsFilter()
    {
        var page = await catalog.Client.GetDocumentAsync("/meetings?theme=c9-media&year=2005&sort=newest&pageSize=5&page=2");

        var links = page.QuerySelectorAll(".feed-links a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Contains(("open in calendar app", "webcal://localhost/meetings.ics?year=2005&theme=c9-media"), links);
        Assert.Contains(("calendar address", "http://localhost/meetings.ics?year=2005&theme=c9-media"), links);
        Assert.Contains(("Download CSV", "/meetings.csv?year=2005&theme=c9-media&sort=newest"), links);
        Assert.Contains(("Atom feed", "/meetings.atom?year=2005&theme=c9-media"), links);
        Assert.Equal("/meetings.atom?year=2005&theme=c9-media", page.QuerySelector("head link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href"));
        Assert.Equal("http://localhost/meetings.ics?year=2005&theme=c9-media", page.QuerySelector("head link[rel=alternate][type='text/calendar']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task MeetingList_WithABadFilter_OffersNoFeeds()
    {
        var (status, page) = await catalog.Client.GetPageAsync("/meetings?theme=no-such-line");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Empty(page.QuerySelectorAll(".feed-links, head link[rel=alternate][type]"));
    }

    [Fact]
    public async Task MeetingPage_OffersAddToCalendarAndItsAlternates()
    {
        var page = await catalog.Client.GetDocumentAsync("/meetings/asia-media-summit-2005");

        Assert.Equal("/meetings/asia-media-summit-2005.ics", page.QuerySelector("a.add-to-calendar")!.GetAttribute("href"));
        Assert.Equal("Add to calendar", page.QuerySelector("a.add-to-calendar")!.TextContent.Trim());
        Assert.Equal("/meetings/asia-media-summit-2005.ics", page.QuerySelector("head link[rel=alternate][type='text/calendar']")!.GetAttribute("href"));
        Assert.Equal("/meetings.atom", page.QuerySelector("head link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task LinksOnPages_LeadToTheirFeeds()
    {
        var list = await catalog.Client.GetDocumentAsync("/meetings?theme=c9-media");
        var meeting = await catalog.Client.GetDocumentAsync("/meetings/asia-media-summit-2005");

        var hrefs = list.QuerySelectorAll(".feed-links a").Select(a => a.GetAttribute("href")!)
            .Where(h => !h.StartsWith("webcal:", StringComparison.Ordinal) && !h.StartsWith("/api/", StringComparison.Ordinal))
            .Append(meeting.QuerySelector("a.add-to-calendar")!.GetAttribute("href")!)
            .ToList();
        Assert.Equal(4, hrefs.Count);
        foreach (var href in hrefs)
        {
            using var response = await catalog.Client.GetAsync(href);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{href} answered {(int)response.StatusCode}");
        }
    }

    private async Task<JsonElement> JsonLdAsync(string url)
    {
        var page = await catalog.Client.GetDocumentAsync(url);
        var script = Assert.Single(page.QuerySelectorAll("head script[type='application/ld+json']"));
        using var json = JsonDocument.Parse(script.TextContent);
        return json.RootElement.Clone();
    }
}
