using System.Globalization;
using System.Text;
using System.Xml;

namespace WsisEvents.Web.Feeds;

/// <summary>What the XML feeds share: UTF-8 output and text that XML 1.0 can carry.</summary>
internal static class XmlOutput
{
    public static XmlWriterSettings Settings { get; } = new()
    {
        Indent = true,
        NewLineChars = "\n",
    };

    /// <summary>The text without the characters XML 1.0 cannot hold at all (control characters other than tab and
    /// line breaks, U+FFFE, U+FFFF, unpaired surrogates), which XmlWriter would otherwise refuse with an
    /// exception, and which no reader could accept escaped either.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Runs <paramref name="write"/> on an XmlWriter and returns the document; a StringWriter that reports
    /// UTF-8 so that the declaration says what the response will be.</summary>
    public static string Write(Action<XmlWriter> write)
    {
        using var text = new Utf8StringWriter();
        using (var xml = XmlWriter.Create(text, Settings))
        {
            write(xml);
        }

        return text.ToString();
    }

    private sealed class Utf8StringWriter : StringWriter
    {
        public Utf8StringWriter()
            : base(CultureInfo.InvariantCulture)
        {
        }

        public override Encoding Encoding => Encoding.UTF8;
    }
}
