using System.Text;
using System.Xml.Linq;
using Ical.Net;

namespace WsisEvents.Web.Tests.Feeds;

/// <summary>Fetching a feed and reading it as its consumers would.</summary>
public static class FeedResponses
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    public static readonly XNamespace SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static async Task<byte[]> GetBytesAsync(this HttpClient client, string url, string mediaType)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        return await response.Content.ReadAsByteArrayAsync();
    }

    public static async Task<string> GetCalendarTextAsync(this HttpClient client, string url) =>
        Encoding.UTF8.GetString(await client.GetBytesAsync(url, "text/calendar"));

    public static async Task<Calendar> GetCalendarAsync(this HttpClient client, string url) =>
        Calendars.Read(await client.GetCalendarTextAsync(url));

    public static async Task<XDocument> GetAtomAsync(this HttpClient client, string url) =>
        XDocument.Parse(Encoding.UTF8.GetString(await client.GetBytesAsync(url, "application/atom+xml")));

    /// <summary>The CSV's records, after checking that it starts with a UTF-8 byte order mark.</summary>
    public static async Task<List<List<string>>> GetCsvAsync(this HttpClient client, string url)
    {
        var bytes = await client.GetBytesAsync(url, "text/csv");
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        return CsvReader.Read(Encoding.UTF8.GetString(bytes[3..]));
    }

    /// <summary>The sitemap index at <paramref name="url"/> and the files it names, read as a crawler reads them: the
    /// index's entries, and the pages of every file together, in the index's order.</summary>
    public static async Task<(List<XElement> Files, List<XElement> Pages)> GetSitemapAsync(this HttpClient client, string url)
    {
        var index = XDocument.Parse(Encoding.UTF8.GetString(await client.GetBytesAsync(url, "application/xml")));
        Assert.Equal(SitemapNs + "sitemapindex", index.Root!.Name);
        var files = index.Root.Elements(SitemapNs + "sitemap").ToList();
        var pages = new List<XElement>();
        foreach (var file in files)
        {
            pages.AddRange(await client.GetSitemapFileAsync(new Uri(file.Element(SitemapNs + "loc")!.Value).PathAndQuery));
        }

        return (files, pages);
    }

    /// <summary>The pages (<c>url</c> elements) of the sitemap file at <paramref name="url"/>.</summary>
    public static async Task<List<XElement>> GetSitemapFileAsync(this HttpClient client, string url)
    {
        var sitemap = XDocument.Parse(Encoding.UTF8.GetString(await client.GetBytesAsync(url, "application/xml")));
        Assert.Equal(SitemapNs + "urlset", sitemap.Root!.Name);
        return [.. sitemap.Root.Elements(SitemapNs + "url")];
    }

    /// <summary>"/meetings/{slug}" or an absolute address of it, to its slug.</summary>
    public static string SlugOf(string url) => url[(url.LastIndexOf("/meetings/", StringComparison.Ordinal) + "/meetings/".Length)..];
}
