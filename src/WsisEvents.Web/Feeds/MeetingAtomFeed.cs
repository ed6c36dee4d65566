using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Xml;
using WsisEvents.Web.Catalog;

namespace WsisEvents.Web.Feeds;

/// <summary>Meetings as an Atom 1.0 feed (RFC 4287), one entry per meeting.</summary>
public static class MeetingAtomFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    public const string Namespace = "http://www.w3.org/2005/Atom";

    /// <summary>Escapes what HTML needs and leaves letters of every script (and "·", "–") as they are.</summary>
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Ids are tag: URIs (RFC 4151) from the meeting's immutable id, so an entry keeps its id through any
    /// edit of slug or title and whichever host served it.</summary>
    public static string EntryId(int meetingId) => $"tag:wsisevents,2025:meeting-{meetingId}";

    /// <summary>The feed of the meetings matching <paramref name="filterQuery"/> (the canonical filter,
    /// "?theme=…&amp;year=2005" or "", which is part of the feed's id and of its self and alternate links);
    /// <paramref name="updated"/> is the latest change among them.</summary>
    public static string Write(string title, string filterQuery, DateTime updated, IEnumerable<FeedMeeting> entries, string origin) =>
        XmlOutput.Write(xml =>
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Namespace);
            xml.WriteElementString("id", Namespace, "tag:wsisevents,2025:meetings" + filterQuery);
            xml.WriteElementString("title", Namespace, XmlOutput.Clean(title));
            xml.WriteElementString("updated", Namespace, Timestamp(updated));
            Link(xml, "self", "application/atom+xml", origin + FeedUrls.Atom + filterQuery);
            Link(xml, "alternate", "text/html", origin + "/meetings" + filterQuery);
            Author(xml, "WsisEvents", origin + "/");
            foreach (var meeting in entries)
            {
                Entry(xml, meeting, origin);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        });

    private static void Entry(XmlWriter xml, FeedMeeting m, string origin)
    {
        xml.WriteStartElement("entry", Namespace);
        xml.WriteElementString("id", Namespace, EntryId(m.Id));
        xml.WriteElementString("title", Namespace, XmlOutput.Clean(m.Title));
        xml.WriteElementString("updated", Namespace, Timestamp(m.UpdatedAt));
        xml.WriteElementString("published", Namespace, Timestamp(m.CreatedAt));

        // An entry without an author of its own has the feed's, WsisEvents.
        foreach (var organizer in m.Organizers)
        {
            Author(xml, XmlOutput.Clean(organizer.Name), origin + FeedUrls.OrganizationPage(organizer.Slug));
        }

        Link(xml, "alternate", "text/html", origin + MeetingUrls.Page(m.Slug));
        Link(xml, "alternate", "text/calendar", origin + FeedUrls.MeetingCalendar(m.Slug));
        foreach (var theme in m.Themes)
        {
            xml.WriteStartElement("category", Namespace);
            xml.WriteAttributeString("term", theme.Code);
            xml.WriteAttributeString("scheme", origin + "/themes");
            xml.WriteAttributeString("label", XmlOutput.Clean($"{theme.Code} {theme.Name}"));
            xml.WriteEndElement();
        }

        var when = DateRangeText.Format(m.StartDate, m.EndDate, m.DatePrecision);
        var where = m.Place.Length > 0 ? $"{when} · {m.Place}" : when;
        xml.WriteElementString("summary", Namespace, XmlOutput.Clean(where));
        xml.WriteStartElement("content", Namespace);
        xml.WriteAttributeString("type", "html");
        xml.WriteString(XmlOutput.Clean($"<p>{Html.Encode(where)}</p>\n{MarkdownRenderer.ToHtml(m.Description)}"));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Author(XmlWriter xml, string name, string uri)
    {
        xml.WriteStartElement("author", Namespace);
        xml.WriteElementString("name", Namespace, name);
        xml.WriteElementString("uri", Namespace, uri);
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    /// <summary>RFC 3339 in UTC, to the second.</summary>
    private static string Timestamp(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
