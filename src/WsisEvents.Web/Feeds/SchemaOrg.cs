using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using WsisEvents.Web.Catalog;

namespace WsisEvents.Web.Feeds;

/// <summary>schema.org descriptions of pages as JSON-LD, for search engines.</summary>
public static class SchemaOrg
{
    /// <summary>Letters of every script are written as themselves; the encoder still escapes the characters that
    /// matter in HTML ("&lt;" becomes \u003C), so "&lt;/script&gt;" in a title cannot end the script element the
    /// JSON is written into unencoded.</summary>
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>A schema.org Event, or, for a meeting whose place is not known (not online, and neither a town nor a
    /// country), a WebPage saying what is known: an Event needs a location, and one offered without it would be
    /// an event that lacks a required field. <c>referred</c>: the meetings it refers to or that refer to it.</summary>
    public static string Meeting(MeetingDetailDto meeting, string? venue, string origin, IReadOnlyList<MeetingListItemDto> referred)
    {
        if (!meeting.IsOnline && meeting.City is null && meeting.Country is null)
        {
            return PageAbout(meeting, origin, referred);
        }

        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Event",
            ["name"] = meeting.Title,
            ["startDate"] = PartialDate(meeting.StartDate, meeting),
            ["endDate"] = PartialDate(meeting.EndDate, meeting),
            ["eventAttendanceMode"] = meeting.IsOnline
                ? "https://schema.org/OnlineEventAttendanceMode"
                : "https://schema.org/OfflineEventAttendanceMode",
            ["eventStatus"] = "https://schema.org/EventScheduled",
        };
        json["location"] = Location(meeting, venue);
        if (meeting.Organizers.Count > 0)
        {
            json["organizer"] = new JsonArray([.. meeting.Organizers.Select(o => Organization(o, origin))]);
        }

        AddIfPresent(json, "description", NullIfEmpty(MarkdownRenderer.ToPlainText(meeting.Description)));
        json["url"] = meeting.Website ?? origin + MeetingUrls.Page(meeting.Slug);
        AddIfPresent(json, "workFeatured", Documents(meeting, origin));
        return json.ToJsonString(Options);
    }

    /// <summary>The page of a meeting known only by its dates and its relations: what it covers in time, its
    /// description, its website and organizers if known, and the pages of the meetings it is related to.</summary>
    private static string PageAbout(MeetingDetailDto meeting, string origin, IReadOnlyList<MeetingListItemDto> referred)
    {
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "WebPage",
            ["name"] = meeting.Title,
            ["url"] = origin + MeetingUrls.Page(meeting.Slug),
            ["temporalCoverage"] = $"{PartialDate(meeting.StartDate, meeting)}/{PartialDate(meeting.EndDate, meeting)}",
        };
        AddIfPresent(json, "description", NullIfEmpty(MarkdownRenderer.ToPlainText(meeting.Description)));
        AddIfPresent(json, "significantLink", meeting.Website);
        if (meeting.Organizers.Count > 0)
        {
            json["mentions"] = new JsonArray([.. meeting.Organizers.Select(o => Organization(o, origin))]);
        }

        if (referred.Count > 0)
        {
            json["relatedLink"] = new JsonArray([.. referred.Select(m => (JsonNode)(origin + MeetingUrls.Page(m.Slug)))]);
        }

        AddIfPresent(json, "subjectOf", Documents(meeting, origin));
        return json.ToJsonString(Options);
    }

    public static string Organization(OrganizationDetailDto organization, string origin)
    {
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Organization",
            ["name"] = organization.Name,
        };
        AddIfPresent(json, "alternateName", organization.Acronym);
        json["url"] = origin + FeedUrls.OrganizationPage(organization.Slug);
        if (organization.Parent is { } parent)
        {
            json["parentOrganization"] = Organization(parent, origin);
        }

        AddIfPresent(json, "sameAs", organization.Website);
        AddIfPresent(json, "description", NullIfEmpty(MarkdownRenderer.ToPlainText(organization.Description)));
        return json.ToJsonString(Options);
    }

    private static JsonObject Organization(OrganizationRefDto organization, string origin)
    {
        var json = new JsonObject { ["@type"] = "Organization", ["name"] = organization.Name };
        AddIfPresent(json, "alternateName", organization.Acronym);
        json["url"] = origin + FeedUrls.OrganizationPage(organization.Slug);
        return json;
    }

    /// <summary>The meeting's outcome documents: a DigitalDocument when a version can be had (each such version an
    /// <c>encoding</c> with its address, format, size and language), a CreativeWork otherwise; the UN symbol as its
    /// identifier. Null when the meeting has none.</summary>
    private static JsonArray? Documents(MeetingDetailDto meeting, string origin)
    {
        if (meeting.Documents.Count == 0)
        {
            return null;
        }

        return new JsonArray([.. meeting.Documents.Select(d =>
        {
            var available = d.Languages.Where(v => v.IsAvailable).ToList();
            var json = new JsonObject
            {
                ["@type"] = available.Count > 0 ? "DigitalDocument" : "CreativeWork",
                ["name"] = d.Title,
                ["genre"] = DocumentKinds.Label(d.Kind),
            };
            AddIfPresent(json, "identifier", d.Symbol);
            AddIfPresent(json, "datePublished", d.Date);
            if (d.Languages.Count > 0)
            {
                json["inLanguage"] = new JsonArray([.. d.Languages.Select(v => (JsonNode)v.Language)]);
            }

            json["url"] = available.Count > 0 ? Absolute(available[0].Url!, origin) : origin + DocumentUrls.OnMeetingPage(meeting.Slug);
            if (available.Count > 0)
            {
                AddIfPresent(json, "encodingFormat", available[0].Format);
                json["encoding"] = new JsonArray([.. available.Select(v =>
                {
                    var encoding = new JsonObject { ["@type"] = "MediaObject", ["contentUrl"] = Absolute(v.Url!, origin), ["inLanguage"] = v.Language };
                    AddIfPresent(encoding, "encodingFormat", v.Format);
                    AddIfPresent(encoding, "contentSize", v.Size is { } size ? DocumentLanguages.SizeText(size) : null);
                    AddIfPresent(encoding, "identifier", v.Symbol);
                    return (JsonNode)encoding;
                })]);
            }

            return (JsonNode)json;
        })]);
    }

    /// <summary>A stored file's address is the site's own; a link is already absolute.</summary>
    private static string Absolute(string url, string origin) => url.StartsWith('/') ? origin + url : url;

    /// <summary>A Place with the town and country, or for an online meeting a VirtualLocation, with the meeting's
    /// website as where it is joined when the catalog knows one (never a made-up address).</summary>
    private static JsonObject Location(MeetingDetailDto meeting, string? venue)
    {
        if (meeting.IsOnline)
        {
            var online = new JsonObject { ["@type"] = "VirtualLocation", ["name"] = "Online" };
            AddIfPresent(online, "url", meeting.Website);
            return online;
        }

        var address = new JsonObject { ["@type"] = "PostalAddress" };
        AddIfPresent(address, "addressLocality", meeting.City);
        AddIfPresent(address, "addressCountry", meeting.Country);
        return new JsonObject
        {
            ["@type"] = "Place",
            ["name"] = Phrases.Place(venue, meeting.City, meeting.Country, isOnline: false),
            ["address"] = address,
        };
    }

    /// <summary>ISO 8601 cut to what is known: "2005-06-28", or "2005-04" for a meeting known to the month, never
    /// an invented day.</summary>
    private static string PartialDate(string isoDate, MeetingDetailDto meeting) =>
        PartialDates.Format(DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture), meeting.DatePrecision)!;

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static void AddIfPresent(JsonObject json, string name, JsonNode? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }

    private static void AddIfPresent(JsonObject json, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            json[name] = value;
        }
    }
}
