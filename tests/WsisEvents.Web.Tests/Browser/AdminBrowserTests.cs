using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace WsisEvents.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class AdminBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Editor_SignsIn_AddsAMeetingWithTheLivePreview_AndSeesItOnThePublicList()
    {
        var (page, errors) = await browser.NewPageAsync();

        await page.GotoAsync("/admin/meetings/create");
        await page.WaitForURLAsync(new Regex("/account/login"));
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(AdminCatalogFactory.AdminEmail);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(AdminCatalogFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/admin/meetings/create"));

        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Browser-made Forum on Digital Inclusion");
        await page.GetByLabel("Start", new() { Exact = true }).FillAsync("2007-09-10");
        await page.GetByLabel("End (if not the start)").FillAsync("2007-09-11");
        await page.GetByLabel("City", new() { Exact = true }).FillAsync("Geneva");
        await page.GetByLabel("Country", new() { Exact = true }).FillAsync("Switzerland");
        await page.GetByLabel("Category", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "WSIS Thematic Meetings" });
        await page.GetByLabel("Organizer 1", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "International Telecommunication Union (ITU)" });
        await page.GetByLabel("Capacity building").CheckAsync();
        await page.GetByLabel("Description (Markdown)", new() { Exact = true }).FillAsync("A forum on **digital inclusion** with [ITU](https://www.itu.int).");

        var preview = page.Locator("#description-preview strong");
        await preview.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        Assert.Equal("digital inclusion", await preview.TextContentAsync());
        await BrowserFixture.ScreenshotAsync(page, "admin-meeting-form-with-preview");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add the meeting" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/admin/meetings$"));
        Assert.Contains("was added", await page.Locator("[role=status]").TextContentAsync(), StringComparison.Ordinal);

        await page.GotoAsync("/meetings?year=2007");
        await page.GetByRole(AriaRole.Link, new() { Name = "Browser-made Forum on Digital Inclusion" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/meetings/browser-made-forum-on-digital-inclusion-2007"));
        Assert.Equal("digital inclusion", await page.Locator(".meeting-description strong").TextContentAsync());
        await BrowserFixture.ScreenshotAsync(page, "admin-created-meeting-public-page");
        Assert.True(errors.Count == 0, string.Join("\n", errors) + "\n" + page.Url);
        await page.Context.CloseAsync();
    }
}
