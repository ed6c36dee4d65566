using System.Text.RegularExpressions;
using Ical.Net;
using Ical.Net.CalendarComponents;

namespace WsisEvents.Web.Tests.Feeds;

/// <summary>Calendars read with Ical.Net, as calendar programs read them, plus what RFC 5545 asks and Ical.Net does
/// not check: CRLF line ends, and the properties an event holds exactly once or at most once (section 3.6.1).</summary>
public static partial class Calendars
{
    private static readonly string[] ExactlyOnce = ["UID", "DTSTAMP", "DTSTART"];

    private static readonly string[] AtMostOnce = ["DTEND", "SUMMARY", "LOCATION", "DESCRIPTION", "URL", "CREATED", "LAST-MODIFIED", "TRANSP"];

    public static Calendar Read(string ics)
    {
        Assert.EndsWith("\r\n", ics, StringComparison.Ordinal);
        Assert.DoesNotMatch(BareLineBreak(), ics);
        var calendar = Calendar.Load(ics);
        Assert.NotNull(calendar);
        foreach (var e in calendar.Events)
        {
            Assert.All(ExactlyOnce, name => Assert.True(e.Properties.CountOf(name) == 1, $"{e.Uid}: {name} {e.Properties.CountOf(name)} times"));
            Assert.All(AtMostOnce, name => Assert.True(e.Properties.CountOf(name) <= 1, $"{e.Uid}: {name} {e.Properties.CountOf(name)} times"));
        }

        // Ical.Net makes up a UID and a DTSTAMP for an event without them, so their lines are counted in the text.
        Assert.All(ExactlyOnce, name => Assert.Equal(calendar.Events.Count, Regex.Count(ics, $"^{name}[:;]", RegexOptions.Multiline)));
        return calendar;
    }

    /// <summary>The single event of a calendar made of the lines <paramref name="eventLines"/> write.</summary>
    public static CalendarEvent ReadEvent(string eventLines) =>
        Assert.Single(Calendar.Load($"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n{eventLines}END:VEVENT\r\nEND:VCALENDAR\r\n")!.Events);

    /// <summary>The names of the event's properties, but the UID and DTSTAMP that Ical.Net makes up for an event
    /// read without them.</summary>
    public static IEnumerable<string> PropertyNamesBesidesUidAndStamp(this CalendarEvent e) =>
        e.Properties.Select(p => p.Name).Where(name => name is not ("UID" or "DTSTAMP"));

    /// <summary>A TEXT property of the calendar or of a component that Ical.Net has no member for (X-WR-CALNAME).</summary>
    public static string? Text(this CalendarComponent component, string name) => component.Properties.Get<string>(name);

    /// <summary>A parameter's value with RFC 6868's caret escapes decoded (^^, ^n, ^'; any other caret stays), which
    /// Ical.Net 5.2.4 does not do: it hands over the value between the quotes as written.</summary>
    public static string? Parameter(this ICalendarProperty property, string name) =>
        property.Parameters.Get(name) is { } value ? CaretEscape().Replace(value, m => m.Groups[1].Value switch
        {
            "n" => "\n",
            "'" => "\"",
            _ => "^",
        }) : null;

    [GeneratedRegex("\r(?!\n)|(?<!\r)\n")]
    private static partial Regex BareLineBreak();

    [GeneratedRegex(@"\^([\^n'])")]
    private static partial Regex CaretEscape();
}
