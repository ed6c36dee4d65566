using System.Globalization;
using WsisEvents.Web.Localization;

namespace WsisEvents.Web.Feeds;

/// <summary>The sitemaps (sitemaps.org 0.9) of the public pages in one language: an index per language
/// (<c>/sitemap.xml</c>, <c>/fr/sitemap.xml</c>…) naming the files that list the pages, each page with the date it
/// last changed and its addresses in every language of the site (<c>xhtml:link</c> hreflang alternates, English as
/// x-default). The protocol allows 50,000 addresses and 50 MB in one file, which a catalog of 100,000 meetings
/// passes; the index splits the pages into files of <see cref="SitemapOptions.UrlsPerFile"/>.</summary>
public static class Sitemap
{
    public const string ContentType = "application/xml; charset=utf-8";
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    /// <summary>The protocol's bound on the addresses of one file, and on the files of one index.</summary>
    public const int MaxUrlsPerFile = 50_000;

    /// <summary>A page, or a file of the index, and its last change.</summary>
    public sealed record Page(string Path, DateTime LastModified);

    /// <summary>The index of the sitemap files <paramref name="files"/>, in <paramref name="language"/>.</summary>
    /// <param name="files">The files, with their addresses in English (no language segment).</param>
    /// <param name="siteOrigin">The site's origin without a language's segment.</param>
    /// <param name="language">The language whose files the index names.</param>
    public static string WriteIndex(IEnumerable<Page> files, string siteOrigin, Language language) =>
        XmlOutput.Write(xml =>
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("sitemapindex", Namespace);
            foreach (var file in files)
            {
                xml.WriteStartElement("sitemap", Namespace);
                xml.WriteElementString("loc", Namespace, siteOrigin + language.Prefix + file.Path);
                xml.WriteElementString("lastmod", Namespace, W3cDate(file.LastModified));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        });

    /// <param name="pages">The pages, with their addresses in English (no language segment).</param>
    /// <param name="siteOrigin">The site's origin without a language's segment.</param>
    /// <param name="language">The language whose addresses are the sitemap's locations.</param>
    public static string Write(IEnumerable<Page> pages, string siteOrigin, Language language) =>
        XmlOutput.Write(xml =>
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
            foreach (var page in pages)
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, siteOrigin + language.Prefix + page.Path);
                xml.WriteElementString("lastmod", Namespace, W3cDate(page.LastModified));
                foreach (var alternate in Languages.All)
                {
                    WriteAlternate(xml, alternate.Code, siteOrigin + alternate.Prefix + page.Path);
                }

                WriteAlternate(xml, "x-default", siteOrigin + Languages.Default.Prefix + page.Path);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        });

    private static string W3cDate(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void WriteAlternate(System.Xml.XmlWriter xml, string hreflang, string href)
    {
        xml.WriteStartElement("xhtml", "link", XhtmlNamespace);
        xml.WriteAttributeString("rel", "alternate");
        xml.WriteAttributeString("hreflang", hreflang);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
