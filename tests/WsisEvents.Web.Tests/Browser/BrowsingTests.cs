using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace WsisEvents.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class BrowsingTests(BrowserFixture browser)
{
    private async Task<List<string>> ApiSlugsAsync(string query)
    {
        var json = await browser.Api.GetJsonAsync("/api/meetings?pageSize=200&" + query);
        return [.. json.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("slug").GetString()!)];
    }

    private static async Task<List<string>> ListedSlugsAsync(IPage page) =>
        [.. (await page.Locator("main .meeting-row .meeting-title a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
            .Select(href => href["/meetings/".Length..])];

    [Fact]
    public async Task FilterByThemeAndYear_ThroughTheForm_ShowsTheMatchingMeetings()
    {
        var (page, errors) = await browser.NewPageAsync();

        await page.GotoAsync("/meetings");
        await page.GetByLabel("Action Line", new() { Exact = true }).SelectOptionAsync("c9-media");
        await page.GetByLabel("Year", new() { Exact = true }).SelectOptionAsync("2005");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show meetings" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("theme=c9-media"));

        Assert.Contains("year=2005", page.Url, StringComparison.Ordinal);
        Assert.Equal(await ApiSlugsAsync("theme=c9-media&year=2005"), await ListedSlugsAsync(page));
        Assert.Equal(2, await page.Locator(".filter-chips a").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "meetings-filtered-c9-2005");

        await page.GetByRole(AriaRole.Link, new() { Name = "Year: 2005" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("year=", StringComparison.Ordinal));
        Assert.Equal(await ApiSlugsAsync("theme=c9-media"), await ListedSlugsAsync(page));
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task FollowAMeetingToItsOrganizer()
    {
        var (page, errors) = await browser.NewPageAsync();

        await page.GotoAsync("/meetings");
        await BrowserFixture.ScreenshotAsync(page, "meetings-list");
        await page.GetByRole(AriaRole.Link, new() { Name = "Asia Media Summit", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/meetings/asia-media-summit-2005");
        Assert.Equal("Asia Media Summit", (await page.Locator("h1").TextContentAsync())!.Trim());
        await BrowserFixture.ScreenshotAsync(page, "meeting-asia-media-summit");

        await page.Locator(".meeting-facts").GetByRole(AriaRole.Link, new() { Name = "Arab States Broadcasting Union" }).ClickAsync();
        await page.WaitForURLAsync("**/organizations/asbu");
        Assert.Contains("Arab States Broadcasting Union", await page.Locator("h1").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("asia-media-summit-2005", await page.Locator("section[aria-labelledby=meetings]").InnerHTMLAsync(), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "organization-asbu");
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TimelineBar_LeadsToThatMonthsMeetings()
    {
        var (page, errors) = await browser.NewPageAsync();

        await page.GotoAsync("/");
        await BrowserFixture.ScreenshotAsync(page, "home");
        var bar = page.Locator("a.timeline-bar[aria-label^='June 2005']");
        var label = await bar.GetAttributeAsync("aria-label");
        await bar.ClickAsync();
        await page.WaitForURLAsync(new Regex("from=2005-06-01"));

        var listed = await ListedSlugsAsync(page);
        Assert.Equal(await ApiSlugsAsync("from=2005-06-01&to=2005-06-30"), listed);
        Assert.Equal($"June 2005: {listed.Count} meetings", label);
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Timeline_IsAListOfNamedLinks_ThatTheKeyboardReachesAndFollows()
    {
        var (page, errors) = await browser.NewPageAsync();
        await page.GotoAsync("/");
        var bars = page.Locator("a.timeline-bar");
        var listed = page.GetByRole(AriaRole.List, new() { Name = "Meetings per month" }).GetByRole(AriaRole.Link);

        Assert.Equal(await bars.CountAsync(), await listed.CountAsync());
        var tabs = 0;
        while (await page.EvaluateAsync<bool>("() => !document.activeElement.classList.contains('timeline-bar')"))
        {
            Assert.True(++tabs < 200, "Tab never reached a bar of the timeline");
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal(await bars.First.GetAttributeAsync("aria-label"), await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-label')"));
        await page.Keyboard.PressAsync("Tab");
        var second = await bars.Nth(1).GetAttributeAsync("aria-label");
        Assert.Equal(second, await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-label')"));
        Assert.Matches(new Regex("^[A-Z][a-z]+ \\d{4}: \\d+ meetings?$"), second);
        var target = browser.BaseUrl + await bars.Nth(1).GetAttributeAsync("href");

        // The wait is in place before the key is pressed, and the new page counts once its document is parsed: what is
        // followed is the link, not the loading of the next page's stylesheet.
        var navigated = page.WaitForURLAsync(new Regex("from=\\d{4}-\\d{2}-01"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.Keyboard.PressAsync("Enter");
        await navigated;
        Assert.Equal(target, page.Url);
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    /// <summary>Arabic pages read from the right: the heading and the list start at the right edge, the brand is at
    /// the top right, the timeline's first period is its rightmost bar, and the pagination runs right to left.</summary>
    [Fact]
    public async Task ArabicPages_AreLaidOutFromRightToLeft()
    {
        var (page, errors) = await browser.NewPageAsync();

        await page.GotoAsync("/ar/meetings?pageSize=10");
        var layout = await page.EvaluateAsync<JsonElement>("""
            () => {
                const box = s => document.querySelector(s).getBoundingClientRect();
                const text = s => { const r = document.createRange(); r.selectNodeContents(document.querySelector(s)); return r.getBoundingClientRect(); };
                const bars = [...document.querySelectorAll('.timeline a.timeline-bar .timeline-hit')].map(r => r.getBoundingClientRect().left);
                const pages = [...document.querySelectorAll('.pagination .page-item')].map(li => li.getBoundingClientRect().left);
                return {
                    direction: getComputedStyle(document.body).direction,
                    mainLeft: box('main').left, mainRight: box('main').right, headingLeft: text('main h1').left, headingRight: text('main h1').right,
                    brand: box('.site-brand').left, nav: box('.site-nav').left,
                    firstBar: bars[0], lastBar: bars[bars.length - 1],
                    firstPage: pages[0], lastPage: pages[pages.length - 1],
                };
            }
            """);

        await BrowserFixture.ScreenshotAsync(page, "ar-meetings");
        Assert.Equal("rtl", layout.GetProperty("direction").GetString());
        Assert.True(layout.GetProperty("mainRight").GetDouble() - layout.GetProperty("headingRight").GetDouble()
            < layout.GetProperty("headingLeft").GetDouble() - layout.GetProperty("mainLeft").GetDouble(), "the heading starts at the right");
        Assert.True(layout.GetProperty("brand").GetDouble() > layout.GetProperty("nav").GetDouble(), "the brand is right of the menu");
        Assert.True(layout.GetProperty("firstBar").GetDouble() > layout.GetProperty("lastBar").GetDouble(), "the first period is the rightmost bar");
        Assert.True(layout.GetProperty("firstPage").GetDouble() > layout.GetProperty("lastPage").GetDouble(), "'previous' is at the right");
        Assert.Empty(errors);

        await page.GotoAsync("/ar/meetings/asia-media-summit-2005");
        await BrowserFixture.ScreenshotAsync(page, "ar-meeting");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/", "phone-home")]
    [InlineData("/meetings", "phone-meetings")]
    [InlineData("/meetings?theme=c11-international-and-regional-cooperation&year=2005", "phone-meetings-filtered")]
    [InlineData("/meetings/measuring-the-information-society-2005", "phone-meeting")]
    [InlineData("/themes", "phone-themes")]
    [InlineData("/organizations", "phone-organizations")]
    [InlineData("/organizations/isoc", "phone-isoc")]
    [InlineData("/ar/", "phone-ar-home")]
    [InlineData("/ar/meetings", "phone-ar-meetings")]
    [InlineData("/ar/meetings?theme=c11-international-and-regional-cooperation&year=2005", "phone-ar-meetings-filtered")]
    [InlineData("/ar/meetings/measuring-the-information-society-2005", "phone-ar-meeting")]
    [InlineData("/ar/organizations/isoc", "phone-ar-isoc")]
    [InlineData("/fr/meetings", "phone-fr-meetings")]
    public async Task OnAPhone_NothingOverflowsTheScreen(string url, string screenshot)
    {
        var (page, errors) = await browser.NewPageAsync(375, 740);

        await page.GotoAsync(url);
        var widths = await page.EvaluateAsync<JsonElement>("() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth })");

        await BrowserFixture.ScreenshotAsync(page, screenshot);
        Assert.True(widths.GetProperty("page").GetInt32() <= widths.GetProperty("screen").GetInt32(),
            $"{url} is {widths.GetProperty("page").GetInt32()} px wide on a {widths.GetProperty("screen").GetInt32()} px screen");
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Keyboard_SkipLinkComesFirstAndMovesFocusToTheContent()
    {
        var (page, _) = await browser.NewPageAsync();

        await page.GotoAsync("/meetings");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Context.CloseAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
