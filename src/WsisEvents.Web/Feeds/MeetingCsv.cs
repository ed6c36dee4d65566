using System.Text;
using WsisEvents.Web.Catalog;

namespace WsisEvents.Web.Feeds;

/// <summary>Meetings as CSV (RFC 4180) for spreadsheets: a header row, one row per meeting, CRLF line ends.</summary>
public static class MeetingCsv
{
    public const string ContentType = "text/csv; charset=utf-8";
    public const string FileName = "wsis-meetings.csv";

    private static readonly string[] Header =
    [
        "slug", "title", "start_date", "end_date", "date_precision", "city", "country", "online", "category",
        "organizers", "action_lines", "url",
    ];

    /// <summary>The file's bytes: UTF-8 with a byte order mark, without which spreadsheet programs read the
    /// accents of "São Paulo" in their local code page.</summary>
    public static byte[] Write(IEnumerable<FeedMeeting> meetings, string origin)
    {
        var csv = new StringBuilder();
        Row(csv, Header);
        foreach (var m in meetings)
        {
            Row(csv,
            [
                m.Slug,
                m.Title,
                MeetingQueries.Iso(m.StartDate),
                MeetingQueries.Iso(m.EndDate),
                m.DatePrecision.ToString().ToLowerInvariant(),
                m.City,
                m.Country,
                m.IsOnline ? "yes" : "no",
                m.Category.Name,
                string.Join("; ", m.Organizers.Select(o => o.Name)),
                string.Join("; ", m.Themes.Select(t => t.Code)),
                origin + MeetingUrls.Page(m.Slug),
            ]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>One field, quoted when it holds a comma, a double quote, CR or LF, its double quotes doubled.
    /// A field that a spreadsheet would take for a formula (it starts with =, +, -, @, a tab or CR; OWASP's list)
    /// gets a leading apostrophe, so that a title such as "=HYPERLINK(…)" is shown, not run, when the file is
    /// opened.</summary>
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    private static void Row(StringBuilder csv, IEnumerable<string?> fields) =>
        csv.Append(string.Join(",", fields.Select(Field))).Append("\r\n");
}
