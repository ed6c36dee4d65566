using Microsoft.Playwright;

namespace WsisEvents.Web.Tests.Browser;

/// <summary>The API reference page (Scalar) in a real browser, under its Content-Security-Policy (the site's, with
/// Scalar's scripts allowed by nonce and inline style allowed): it draws the operations of the OpenAPI document,
/// styled, and the browser reports nothing blocked and no error.</summary>
[Collection(BrowserCollection.Name)]
public class ApiReferenceBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task ApiReference_ShowsEveryOperation_WithNothingBlockedByThePolicy()
    {
        var (page, errors) = await browser.NewPageAsync();
        var response = await page.GotoAsync("/api/docs");
        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        Assert.Contains("'nonce-", await response.HeaderValueAsync("content-security-policy") ?? "", StringComparison.Ordinal);

        // Each operation's summary, as the document gives it, appears once Scalar has read the document.
        foreach (var summary in new[] { "Meetings, filtered, ordered and paged", "One organization, with its affiliations and meetings" })
        {
            await page.GetByText(summary).First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        }

        // Styled: Scalar's own stylesheet applied (a page without it lays the app out as plain block text).
        await BrowserFixture.ScreenshotAsync(page, "api-reference");
        var styleSheets = await page.EvaluateAsync<int>("document.styleSheets.length + document.adoptedStyleSheets.length");
        Assert.True(styleSheets > 0, "No style sheet was applied to the API reference.");

        var blocked = errors.Where(e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(blocked.Count == 0, string.Join("\n", blocked));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        await page.Context.CloseAsync();
    }
}
