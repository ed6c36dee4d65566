using AngleSharp;
using AngleSharp.Dom;

namespace WsisEvents.Web.Tests.Infrastructure;

/// <summary>Pages parsed as a browser would, with AngleSharp.</summary>
public static class Html
{
    private static readonly IBrowsingContext Context = BrowsingContext.New(Configuration.Default);

    public static async Task<IDocument> ParseAsync(string html) => await Context.OpenAsync(r => r.Content(html));

    public static async Task<(HttpStatusCode Status, IDocument Document)> GetPageAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, await ParseAsync(html));
    }

    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var (status, document) = await client.GetPageAsync(url);
        Assert.True(status == HttpStatusCode.OK, $"GET {url} answered {(int)status}");
        return document;
    }

    /// <summary>The slugs of the meetings a list page shows, in order.</summary>
    public static List<string> MeetingSlugs(this IDocument document, string scope = "main") =>
        document.QuerySelectorAll($"{scope} .meeting-row .meeting-title a")
            .Select(a => a.GetAttribute("href")!["/meetings/".Length..])
            .ToList();
}
