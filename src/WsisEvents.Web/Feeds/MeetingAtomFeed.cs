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
    public static string Write(
        string title, string filterQuery, DateTime updated, IEnumerable<FeedMeeting> entries, ILookup<string, OutcomeDocumentDto> documents, string origin) =>
        XmlOutput.Write(xml =>
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Namespace);
            xml.WriteAttributeString("xml", "lang", null, Localization.Languages.Current.Code);
            xml.WriteElementString("id", Namespace, "tag:wsisevents,2025:meetings" + filterQuery);
            xml.WriteElementString("title", Namespace, XmlOutput.Clean(title));
            xml.WriteElementString("updated", Namespace, Timestamp(updated));
            Link(xml, "self", "application/atom+xml", origin + FeedUrls.Atom + filterQuery);
            Link(xml, "alternate", "text/html", origin + "/meetings" + filterQuery);
            Author(xml, "WsisEvents", origin + "/");
            foreach (var meeting in entries)
            {
                Entry(xml, meeting, [.. documents[meeting.Slug]], origin);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        });

    private static void Entry(XmlWriter xml, FeedMeeting m, IReadOnlyList<OutcomeDocumentDto> documents, string origin)
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
        foreach (var (document, version) in documents.SelectMany(d => d.Languages.Where(v => v.IsAvailable).Select(v => (d, v))))
        {
            DocumentLink(xml, document, version, origin);
        }

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
        xml.WriteString(XmlOutput.Clean($"<p>{Html.Encode(where)}</p>\n{MarkdownRenderer.ToHtml(m.Description)}{DocumentList(documents, origin)}"));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>A version that can be had, as a related link (RFC 4287, section 4.2.7): its address, language, size,
    /// and type when it is a media type (a stated format such as "PDF" is not one).</summary>
    private static void DocumentLink(XmlWriter xml, OutcomeDocumentDto document, DocumentVersionDto version, string origin)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", "related");
        if (version.Format is { } format && format.Contains('/', StringComparison.Ordinal))
        {
            xml.WriteAttributeString("type", format);
        }

        xml.WriteAttributeString("href", version.Url!.StartsWith('/') ? origin + version.Url : version.Url);
        xml.WriteAttributeString("hreflang", version.Language);
        xml.WriteAttributeString("title", XmlOutput.Clean($"{document.Title} ({DocumentLanguages.Name(version.Language)})"));
        if (version.Size is { } size)
        {
            xml.WriteAttributeString("length", size.ToString(CultureInfo.InvariantCulture));
        }

        xml.WriteEndElement();
    }

    /// <summary>The outcome documents in the entry's content: title, kind, symbol, and the languages to be had.</summary>
    private static string DocumentList(IReadOnlyList<OutcomeDocumentDto> documents, string origin)
    {
        if (documents.Count == 0)
        {
            return "";
        }

        var items = documents.Select(d =>
        {
            var facts = string.Join(", ", new[] { DocumentKinds.Label(d.Kind), d.Symbol }.Where(f => f is not null));
            var languages = d.Languages.Where(v => v.IsAvailable)
                .Select(v => $"<a href=\"{Html.Encode(v.Url!.StartsWith('/') ? origin + v.Url : v.Url)}\" hreflang=\"{Html.Encode(v.Language)}\">{Html.Encode(DocumentLanguages.Name(v.Language))}</a>")
                .ToList();
            return $"<li>{Html.Encode(d.Title)} ({Html.Encode(facts)}){(languages.Count > 0 ? ": " + string.Join(", ", languages) : "")}</li>";
        });
        return $"\n<p>{System.Net.WebUtility.HtmlEncode(Localization.Texts.Localizer["Outcome documents:"])}</p>\n<ul>{string.Concat(items)}</ul>";
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
