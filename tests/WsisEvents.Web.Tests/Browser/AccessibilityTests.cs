using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace WsisEvents.Web.Tests.Browser;

/// <summary>axe-core over every page type of the public site and the admin area, at desktop and phone width, for
/// the rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA. No rule is set aside.</summary>
[Collection(BrowserCollection.Name)]
public class AccessibilityTests(BrowserFixture browser)
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    public static TheoryData<int> Widths => [1280, 375];

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task PublicPages_HaveNoWcagViolations(int width)
    {
        var (page, _) = await browser.NewPageAsync(width, 900);
        string[] pages =
        [
            "/",
            "/meetings",
            "/meetings?theme=c11-international-and-regional-cooperation&year=2005",
            "/meetings?q=no-such-words-anywhere",
            "/meetings/asia-media-summit-2005",
            "/meetings/online-forum-on-intellectual-property-in-the-information-society-2005",
            "/meetings/follow-up-meetings-of-the-conference-measuring-the-information-society-2005",
            "/themes",
            "/themes/c5-confidence-and-security",
            "/organizations",
            "/organizations?kind=ngo",
            "/organizations/isoc",
            "/documents",
            "/documents?kind=declaration&language=fr",
            "/meetings/wsis-geneva-phase-2003",
            "/account/login",
            "/no-such-page",

            // The other languages: Arabic right to left, texts in English marked as such, their own 404.
            "/ar/",
            "/ar/meetings",
            "/ar/meetings?theme=c11-international-and-regional-cooperation&year=2005",
            "/ar/meetings/asia-media-summit-2005",
            "/fr/meetings/online-forum-on-intellectual-property-in-the-information-society-2005",
            "/es/themes",
            "/fr/organizations/isoc",
            "/ar/documents",
            "/ar/no-such-page",
        ];

        var violations = new List<string>();
        foreach (var url in pages)
        {
            await page.GotoAsync(url);
            violations.AddRange(await ViolationsAsync(page));
        }

        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task AdminPages_HaveNoWcagViolations(int width)
    {
        var (page, _) = await browser.NewPageAsync(width, 900);
        await SignInAsync(page, AdminCatalogFactory.AdminEmail, AdminCatalogFactory.AdminPassword);

        // A save, so that the history has an entry to open.
        await page.GotoAsync(await FirstLinkAsync(page, "/admin/categories", "/edit"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/admin/categories$"));

        var pages = new List<string> { "/admin", "/admin/history", "/admin/import", "/admin/users", "/admin/users/create" };
        foreach (var section in new[] { "meetings", "organizations", "affiliations", "categories", "themes" })
        {
            pages.Add($"/admin/{section}");
            pages.Add($"/admin/{section}/create");
            pages.Add(await FirstLinkAsync(page, $"/admin/{section}", "/edit"));
            pages.Add(await FirstLinkAsync(page, $"/admin/{section}", "/delete"));
        }

        pages.Add(await FirstLinkAsync(page, "/admin/history", ""));

        // A meeting's outcome document form, reached from the meeting's edit page.
        pages.Add(pages.First(p => Regex.IsMatch(p, "^/admin/meetings/\\d+/edit$")).Replace("/admin/meetings/", "/admin/documents/create?meeting=", StringComparison.Ordinal)[..^"/edit".Length]);
        var violations = new List<string>();
        foreach (var url in pages)
        {
            await page.GotoAsync(url);
            violations.AddRange(await ViolationsAsync(page));
        }

        // The import's preview of what a file holds, and a form sent back with its messages.
        await page.GotoAsync("/admin/import");
        await page.Locator("#file").SetInputFilesAsync(Path.Combine(Repository.Root, "data", "002_85274b9193408efb.txt"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Read the file" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Import these") }).WaitForAsync();
        violations.AddRange(await ViolationsAsync(page));
        await page.GotoAsync("/admin/meetings/create");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the meeting" }).ClickAsync();
        await page.Locator(".validation-summary-errors, [role=alert]").First.WaitForAsync();
        violations.AddRange(await ViolationsAsync(page));

        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task DeniedPage_HasNoWcagViolations()
    {
        await browser.Factory.EnsureEditorAsync();
        var (page, _) = await browser.NewPageAsync(375, 900);
        await SignInAsync(page, AdminCatalogFactory.EditorEmail, AdminCatalogFactory.EditorPassword);

        await page.GotoAsync("/admin/users");
        await page.WaitForURLAsync(new Regex("/account/denied"));

        var violations = await ViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await page.Context.CloseAsync();
    }

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/admin"));
    }

    /// <summary>The address of the first link on a list page whose address ends as given.</summary>
    private static async Task<string> FirstLinkAsync(IPage page, string listUrl, string ending)
    {
        await page.GotoAsync(listUrl);
        var pattern = ending.Length == 0 ? $"^{Regex.Escape(listUrl)}/\\d+$" : $"^{Regex.Escape(listUrl)}/\\d+{Regex.Escape(ending)}$";
        var hrefs = await page.Locator("main a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        return hrefs.First(href => Regex.IsMatch(href, pattern));
    }

    private static async Task<List<string>> ViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(WcagAa);
        return [.. result.Violations.Select(v =>
            $"{page.Url}: {v.Id} ({v.Impact}) {v.Help}: {string.Join(" | ", v.Nodes.Select(n => n.Html))}")];
    }
}
