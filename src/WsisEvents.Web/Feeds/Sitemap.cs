using System.Globalization;
using WsisEvents.Web.Localization;

namespace WsisEvents.Web.Feeds;

/// <summary>A sitemap (sitemaps.org 0.9) of the public pages in one language, each with the date it last changed and
/// its addresses in every language of the site (<c>xhtml:link</c> hreflang alternates, English as x-default): one
/// sitemap per language, <c>/sitemap.xml</c>, <c>/fr/sitemap.xml</c>…, each as long as the English one.</summary>
public static class Sitemap
{
    public const string ContentType = "application/xml; charset=utf-8";
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    /// <summary>A page and its last change. The protocol allows 50,000 of them in one file; the catalog holds a
    /// few hundred pages, so one file is enough.</summary>
    public sealed record Page(string Path, DateTime LastModified);

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
                xml.WriteElementString("lastmod", Namespace, page.LastModified.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
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

    private static void WriteAlternate(System.Xml.XmlWriter xml, string hreflang, string href)
    {
        xml.WriteStartElement("xhtml", "link", XhtmlNamespace);
        xml.WriteAttributeString("rel", "alternate");
        xml.WriteAttributeString("hreflang", hreflang);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
