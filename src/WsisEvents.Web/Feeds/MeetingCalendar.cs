using Microsoft.Extensions.Localization;
using WsisEvents.Web.Localization;
using WsisEvents.Web.Catalog;

namespace WsisEvents.Web.Feeds;

/// <summary>Meetings as an iCalendar (RFC 5545) calendar of all-day events.</summary>
public static class MeetingCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>How often subscribers are asked to look again (RFC 7986 and the older Microsoft property).</summary>
    private const string RefreshInterval = "PT6H";

    /// <summary>"meeting-42@wsisevents": from the meeting's id, which never changes and is never reused (the table
    /// is AUTOINCREMENT), not from its slug or title, which editors may change; nor from the request's host, so
    /// that the same meeting keeps its UID whichever address served it.</summary>
    public static string Uid(int meetingId) => $"meeting-{meetingId}@wsisevents";

    public static string Write(string name, IEnumerable<FeedMeeting> meetings, string origin)
    {
        var ics = new ICalendarWriter();
        ics.Begin("VCALENDAR");
        ics.Raw("VERSION", "2.0");
        ics.Raw("PRODID", "-//WsisEvents//WSIS meetings//EN");
        ics.Raw("CALSCALE", "GREGORIAN");
        ics.Raw("METHOD", "PUBLISH");
        ics.Text("X-WR-CALNAME", name);
        ics.Raw("REFRESH-INTERVAL;VALUE=DURATION", RefreshInterval);
        ics.Raw("X-PUBLISHED-TTL", RefreshInterval);
        foreach (var meeting in meetings)
        {
            WriteEvent(ics, meeting, origin);
        }

        ics.End("VCALENDAR");
        return ics.ToString();
    }

    private static void WriteEvent(ICalendarWriter ics, FeedMeeting m, string origin)
    {
        ics.Begin("VEVENT");
        ics.Raw("UID", Uid(m.Id));

        // With METHOD:PUBLISH, DTSTAMP would be the time the file was made. The time of the meeting's last change
        // is used instead so that the same catalog always gives the same bytes (the strong ETag promises it) and
        // clients do not see a change where there is none; it still grows with every revision, which is what
        // clients compare.
        ics.UtcDateTime("DTSTAMP", m.UpdatedAt);
        ics.UtcDateTime("CREATED", m.CreatedAt);
        ics.UtcDateTime("LAST-MODIFIED", m.UpdatedAt);

        // All-day events: DTEND is exclusive, the day after the last day. A meeting known to the month or the year
        // is stored as the whole month or year, and is exported as that span, with a note in the description.
        ics.Date("DTSTART", m.StartDate);
        ics.Date("DTEND", m.EndDate.AddDays(1));
        ics.Text("SUMMARY", m.Title);
        ics.Text("LOCATION", m.Place);
        ics.Text("DESCRIPTION", Description(m, origin));
        // The meeting's own website when it has one; its page here otherwise (and in the description always).
        ics.Raw("URL", m.Website ?? origin + MeetingUrls.Page(m.Slug));
        ics.TextList("CATEGORIES", m.Themes.Select(t => $"{t.Code} {t.Name}"));

        // ORGANIZER is left out: its value is a calendar user address that iTIP clients reply to, a meeting may
        // have several organizers where ORGANIZER appears once, and the catalog has no address for any of them.
        // Each organizer is named in the description for people, and given with its page here for programs.
        foreach (var organizer in m.Organizers)
        {
            ics.Raw($"X-WSISEVENTS-ORGANIZER;VALUE=URI;CN={ICalendarWriter.QuoteParameter(organizer.Name)}",
                origin + FeedUrls.OrganizationPage(organizer.Slug));
        }

        // A catalog of conferences, subscribed to, should not mark whole days as busy.
        ics.Raw("TRANSP", "TRANSPARENT");
        ics.End("VEVENT");
    }

    private static IStringLocalizer L => Texts.Localizer;

    private static string Description(FeedMeeting m, string origin)
    {
        var paragraphs = new List<string>();
        if (m.VagueDates is { } vague)
        {
            paragraphs.Add(m.DatePrecision == DatePrecision.Month ? L["Dates known to the month only: {0}.", vague] : L["Dates known to the year only: {0}.", vague]);
        }

        var text = MarkdownRenderer.ToPlainText(m.Description);
        if (text.Length > 0)
        {
            paragraphs.Add(text);
        }

        if (m.Organizers.Count > 0)
        {
            paragraphs.Add(L["Organized by: {0}", string.Join("; ", m.Organizers.Select(o => o.Acronym is null ? o.Name : $"{o.Name} ({o.Acronym})"))]);
        }

        paragraphs.Add(origin + MeetingUrls.Page(m.Slug));
        return string.Join("\n\n", paragraphs);
    }
}
