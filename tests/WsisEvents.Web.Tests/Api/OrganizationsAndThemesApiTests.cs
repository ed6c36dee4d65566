using System.Text.Json;
using WsisEvents.Web.Seeding;

namespace WsisEvents.Web.Tests.Api;

public class OrganizationsAndThemesApiTests(SeededCatalog catalog) : IClassFixture<SeededCatalog>
{
    [Theory]
    [InlineData("itu-t", "sectorMember", null)]
    [InlineData("itu-d", "sectorMember", null)]
    [InlineData("ecosoc", "consultativeStatus", "2010")]
    [InlineData("hrc", "participant", "2010")]
    [InlineData("wipo", "permanentObserver", null)]
    [InlineData("sccr", "observer", null)]
    [InlineData("unesco", "ngoInOperationalRelations", null)]
    [InlineData("uneca", "memorandumOfUnderstanding", "2008-05")]
    [InlineData("gaid", "partner", null)]
    [InlineData("igf", "participant", null)]
    public async Task InternetSociety_ListsItsAffiliationWithTheSourceSentence(string target, string kind, string? since)
    {
        var isoc = await catalog.Client.GetJsonAsync("/api/organizations/isoc");
        var seedPage = await File.ReadAllTextAsync(Path.Combine(SeedData.Folder, SeedFiles.InternetSocietyPage));

        var affiliation = Assert.Single(isoc.GetProperty("affiliations").EnumerateArray(),
            a => a.GetProperty("target").GetProperty("slug").GetString() == target);
        Assert.Equal(kind, affiliation.GetProperty("kind").GetString());
        Assert.Equal(since, affiliation.GetProperty("since").GetString());
        var source = affiliation.GetProperty("source").GetString();
        Assert.False(string.IsNullOrWhiteSpace(source));
        Assert.Contains(source!, seedPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InternetSociety_HasExactlyTheTenAffiliationsOfItsPage()
    {
        var isoc = await catalog.Client.GetJsonAsync("/api/organizations/isoc");

        Assert.Equal("Internet Society", isoc.GetProperty("name").GetString());
        Assert.Equal("ngo", isoc.GetProperty("kind").GetString());
        Assert.Equal(10, isoc.GetProperty("affiliations").GetArrayLength());
    }

    [Fact]
    public async Task Itu_ShowsItsSectorsAndTheMeetingsItOrganized()
    {
        var itu = await catalog.Client.GetJsonAsync("/api/organizations/itu");

        Assert.Equal(["itu-d", "itu-t"], itu.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("slug").GetString()).Order());
        var meetings = itu.GetProperty("meetings").EnumerateArray().Select(m => m.GetProperty("slug").GetString()).ToList();
        Assert.Contains("wsis-thematic-meeting-on-countering-spam-2004", meetings);
        Assert.Contains("wsis-geneva-phase-2003", meetings);
        Assert.Equal(10, meetings.Count);
    }

    [Fact]
    public async Task Sector_NamesItsParent()
    {
        var ituT = await catalog.Client.GetJsonAsync("/api/organizations/itu-t");

        Assert.Equal("itu", ituT.GetProperty("parent").GetProperty("slug").GetString());
    }

    [Fact]
    public async Task OrganizationList_FiltersByKindAndText()
    {
        var governments = await catalog.Client.GetJsonAsync("/api/organizations?kind=government&pageSize=200");
        var korea = await catalog.Client.GetJsonAsync("/api/organizations?q=korea");

        Assert.NotEmpty(governments.GetProperty("items").EnumerateArray());
        Assert.All(governments.GetProperty("items").EnumerateArray(), o => Assert.Equal("government", o.GetProperty("kind").GetString()));
        Assert.Contains(governments.GetProperty("items").EnumerateArray(), o => o.GetProperty("slug").GetString() == "government-of-japan");
        Assert.Equal(
            ["government-of-the-republic-of-korea", "kado", "mic"],
            korea.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("slug").GetString()).Order());
    }

    [Theory]
    [InlineData("kind=spaceship", "kind")]
    [InlineData("kind=ngo,government", "kind")]
    [InlineData("kind=3", "kind")]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=1000", "pageSize")]
    public async Task OrganizationList_BadQuery_Is400NamingTheParameter(string query, string parameter)
    {
        using var response = await catalog.Client.GetAsync("/api/organizations?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task UnknownOrganization_Is404()
    {
        using var response = await catalog.Client.GetAsync("/api/organizations/no-such-body");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Themes_AreTheElevenActionLinesWithMeetingCounts()
    {
        var themes = await catalog.Client.GetJsonAsync("/api/themes");
        var spam = await catalog.Client.GetJsonAsync("/api/meetings?theme=c5-confidence-and-security");

        Assert.Equal(Enumerable.Range(1, SeedData.ActionLines).Select(i => $"C{i}"), themes.EnumerateArray().Select(t => t.GetProperty("code").GetString()));
        var c5 = themes.EnumerateArray().Single(t => t.GetProperty("code").GetString() == "C5");
        Assert.Equal("Building confidence and security in the use of ICTs", c5.GetProperty("name").GetString());
        Assert.Equal(spam.GetProperty("total").GetInt32(), c5.GetProperty("meetingCount").GetInt32());
        Assert.All(themes.EnumerateArray(), t => Assert.True(t.GetProperty("meetingCount").GetInt32() > 0));
    }
}
