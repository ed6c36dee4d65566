using System.Text;
using WsisEvents.Web.Feeds;

namespace WsisEvents.Web.Tests.Feeds;

public class ICalendarWriterTests
{
    public static TheoryData<string> Texts => new()
    {
        "",
        "Short",
        new string('a', 74),
        new string('a', 75),
        new string('a', 76),
        new string('a', 300),
        "Réunion thématique sur la société de l'information à Genève, São Paulo et Zürich — " + new string('é', 80),
        string.Concat(Enumerable.Repeat("会議の情報社会", 30)),
        string.Concat(Enumerable.Repeat("Встреча ", 25)),
        string.Concat(Enumerable.Repeat("🌍🇨🇭", 40)),
        "x" + string.Concat(Enumerable.Repeat("😀", 40)),
        "xx" + string.Concat(Enumerable.Repeat("€", 60)),
        "会議; Встреча, \"x\"\n<script>alert('x')</script> \\ back\\slash, end;",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void EveryLine_HasAtMost75OctetsAndEndsWithCrlf(string text)
    {
        var ics = Write(w => w.Text("DESCRIPTION", text + "!"));

        foreach (var line in ics[..^2].Split("\r\n"))
        {
            Assert.True(Encoding.UTF8.GetByteCount(line) <= ICalendarWriter.MaxLineOctets, $"{Encoding.UTF8.GetByteCount(line)} octets: {line}");
            Assert.DoesNotContain('\r', line);
            Assert.DoesNotContain('\n', line);
        }

        Assert.EndsWith("\r\n", ics, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Folding_NeverSplitsACharacter(string text)
    {
        var ics = Write(w => w.Text("SUMMARY", text + "!"));

        // Decoding each physical line alone would produce U+FFFD if a UTF-8 sequence or a surrogate pair were cut.
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        foreach (var line in ics[..^2].Split("\r\n"))
        {
            Assert.Equal(line, strict.GetString(strict.GetBytes(line)));
            Assert.False(line.Length > 0 && char.IsHighSurrogate(line[^1]), $"A surrogate pair is split after: {line}");
        }
    }

    /// <summary>Ical.Net unfolds and unescapes: the one content line it finds holds the text exactly.</summary>
    [Theory]
    [MemberData(nameof(Texts))]
    public void Unfolding_RestoresTheLineAndUnescaping_RestoresTheText(string text)
    {
        var e = Calendars.ReadEvent(Write(w => w.Text("SUMMARY", text + "!")));

        Assert.Equal(["SUMMARY"], e.PropertyNamesBesidesUidAndStamp());
        Assert.Equal(text + "!", e.Summary);
    }

    [Theory]
    [InlineData("a,b", @"a\,b")]
    [InlineData("a;b", @"a\;b")]
    [InlineData(@"a\b", @"a\\b")]
    [InlineData("a\nb", @"a\nb")]
    [InlineData("a\r\nb", @"a\nb")]
    [InlineData("a\rb", @"a\nb")]
    [InlineData("a:b \"c\"", "a:b \"c\"")]
    [InlineData("tab\there", "tab\there")]
    [InlineData("bell\u0007 null\u0000 escape\u001b", "bell null escape")]
    [InlineData(@"\n is not a newline", @"\\n is not a newline")]
    public void TextValues_AreEscapedAsRfc5545Says(string text, string escaped) =>
        Assert.Equal(escaped, ICalendarWriter.EscapeText(text));

    [Fact]
    public void TextLists_EscapeCommasInsideValuesAndSeparateValuesWithBareCommas()
    {
        var ics = Write(w => w.TextList("CATEGORIES", ["C7 ICT applications (e-government, e-business)", "C9 Media"]));

        Assert.Equal("CATEGORIES:C7 ICT applications (e-government\\, e-business),C9 Media\r\n", ics);
        Assert.Equal(["C7 ICT applications (e-government, e-business)", "C9 Media"], Calendars.ReadEvent(ics).Categories);
    }

    /// <summary>Ical.Net takes the quoted value whole (the semicolon inside it included) and leaves RFC 6868's
    /// escapes to <see cref="Calendars.Parameter"/>.</summary>
    [Theory]
    [InlineData("International Telecommunication Union", "\"International Telecommunication Union\"")]
    [InlineData("Said \"hello\"; then left", "\"Said ^'hello^'; then left\"")]
    [InlineData("Two\nlines", "\"Two^nlines\"")]
    [InlineData("a^b", "\"a^^b\"")]
    public void ParameterValues_AreQuotedWithCaretEscapes(string value, string quoted)
    {
        Assert.Equal(quoted, ICalendarWriter.QuoteParameter(value));

        var e = Calendars.ReadEvent($"X-TEST;CN={ICalendarWriter.QuoteParameter(value)}:value\r\n");
        Assert.Equal(["X-TEST"], e.PropertyNamesBesidesUidAndStamp());
        var property = e.Properties["X-TEST"]!;
        Assert.Equal(value, property.Parameter("CN"));
        Assert.Equal("value", property.Value);
    }

    [Fact]
    public void Dates_AreBasicFormatAllDayAndUtcDateTimesEndInZ()
    {
        var ics = Write(w =>
        {
            w.Date("DTSTART", new DateOnly(2005, 6, 28));
            w.UtcDateTime("DTSTAMP", new DateTime(2026, 1, 15, 9, 30, 5, DateTimeKind.Utc));
        });

        Assert.Equal("DTSTART;VALUE=DATE:20050628\r\nDTSTAMP:20260115T093005Z\r\n", ics);
        var e = Calendars.ReadEvent(ics);
        Assert.False(e.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2005, 6, 28), e.DtStart.Date);
        Assert.True(e.DtStamp!.IsUtc);
        Assert.Equal(new DateTime(2026, 1, 15, 9, 30, 5), e.DtStamp.Value);
    }

    [Fact]
    public void EmptyTextValues_AreLeftOut()
    {
        var ics = Write(w =>
        {
            w.Text("LOCATION", "");
            w.Text("LOCATION", null);
            w.TextList("CATEGORIES", []);
        });

        Assert.Equal("", ics);
    }

    private static string Write(Action<ICalendarWriter> write)
    {
        var writer = new ICalendarWriter();
        write(writer);
        return writer.ToString();
    }
}
