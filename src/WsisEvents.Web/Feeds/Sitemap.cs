using System.Globalization;

namespace WsisEvents.Web.Feeds;

/// <summary>A sitemap (sitemaps.org 0.9) of the public pages, each with the date it last changed.</summary>
public static class Sitemap
{
    public const string ContentType = "application/xml; charset=utf-8";
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>A page and its last change. The protocol allows 50,000 of them in one file; the catalog holds a
    /// few hundred pages, so one file is enough.</summary>
    public sealed record Page(string Path, DateTime LastModified);

    public static string Write(IEnumerable<Page> pages, string origin) =>
        XmlOutput.Write(xml =>
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            foreach (var page in pages)
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, origin + page.Path);
                xml.WriteElementString("lastmod", Namespace, page.LastModified.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        });
}
