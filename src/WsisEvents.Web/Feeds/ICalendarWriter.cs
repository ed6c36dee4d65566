using System.Globalization;
using System.Text;

namespace WsisEvents.Web.Feeds;

/// <summary>Writes iCalendar content lines as RFC 5545 wants them: CRLF line ends, lines folded at 75 octets of
/// UTF-8 (a character is never split), TEXT values escaped. It knows nothing about meetings; see
/// <see cref="MeetingCalendar"/>.</summary>
public sealed class ICalendarWriter
{
    /// <summary>The longest line, in octets, not counting its CRLF (RFC 5545, section 3.1).</summary>
    public const int MaxLineOctets = 75;

    private const string LineEnd = "\r\n";

    private readonly StringBuilder _output = new();

    public void Begin(string component) => WriteLine("BEGIN:" + component);

    public void End(string component) => WriteLine("END:" + component);

    /// <summary>A property whose value is TEXT: escaped here.</summary>
    public void Text(string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            WriteLine(name + ":" + EscapeText(value));
        }
    }

    /// <summary>A property with several TEXT values, such as CATEGORIES: each escaped, joined by commas.</summary>
    public void TextList(string name, IEnumerable<string> values)
    {
        var escaped = values.Where(v => !string.IsNullOrEmpty(v)).Select(EscapeText).ToList();
        if (escaped.Count > 0)
        {
            WriteLine(name + ":" + string.Join(",", escaped));
        }
    }

    /// <summary>A property whose value is not TEXT (a URI, a date, a fixed token) and so is written as is.</summary>
    public void Raw(string nameWithParameters, string value) => WriteLine(nameWithParameters + ":" + value);

    /// <summary>An all-day date: DTSTART;VALUE=DATE:20050628.</summary>
    public void Date(string name, DateOnly date) =>
        Raw(name + ";VALUE=DATE", date.ToString("yyyyMMdd", CultureInfo.InvariantCulture));

    /// <summary>A UTC date-time: DTSTAMP:20050628T101500Z.</summary>
    public void UtcDateTime(string name, DateTime utc) =>
        Raw(name, utc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));

    public override string ToString() => _output.ToString();

    /// <summary>TEXT escaping (RFC 5545, section 3.3.11): backslash, semicolon and comma get a backslash, any line
    /// break becomes \n. Other control characters are not allowed in TEXT and are dropped; tabs are kept.</summary>
    public static string EscapeText(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\':
                    builder.Append(@"\\");
                    break;
                case ';':
                    builder.Append(@"\;");
                    break;
                case ',':
                    builder.Append(@"\,");
                    break;
                case '\r':
                    builder.Append(@"\n");
                    if (i + 1 < value.Length && value[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n':
                    builder.Append(@"\n");
                    break;
                default:
                    if (c == '\t' || !char.IsControl(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>A parameter value (CN="…"), always quoted. A quoted value cannot hold a double quote or a line
    /// break, so they are written with RFC 6868's caret escapes (^' and ^n, and ^^ for the caret itself).</summary>
    public static string QuoteParameter(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value.ReplaceLineEndings("\n"))
        {
            switch (c)
            {
                case '^':
                    builder.Append("^^");
                    break;
                case '"':
                    builder.Append("^'");
                    break;
                case '\n':
                    builder.Append("^n");
                    break;
                default:
                    if (c == '\t' || !char.IsControl(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>Splits a logical line into physical lines of at most 75 octets: each continuation line starts with
    /// one space, which counts toward its 75. The split falls between characters (whole UTF-8 sequences), so a
    /// reader that unfolds by removing "CRLF space" gets the line back exactly.</summary>
    public static string Fold(string line)
    {
        var builder = new StringBuilder(line.Length + 8);
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxLineOctets)
            {
                builder.Append(LineEnd).Append(' ');
                octets = 1;
            }

            builder.Append(rune.ToString());
            octets += size;
        }

        return builder.ToString();
    }

    private void WriteLine(string line) => _output.Append(Fold(line)).Append(LineEnd);
}
