using WsisEvents.Web.Domain;
using WsisEvents.Web.Import;

namespace WsisEvents.Web.Tests.Import;

/// <summary>Document lines as the pages write them, made up in their forms: title, kind, date, and each language
/// version with the format and size the line gives it.</summary>
public class DocumentLineParserTests
{
    private static ParsedDocument Parse(string line) =>
        DocumentLineParser.Parse(7, line) ?? throw new Xunit.Sdk.XunitException($"not read as a document: {line}");

    private static List<(string Language, string? Format, long? Size)> Versions(ParsedDocument document) =>
        [.. document.Versions.Select(v => (v.Language, v.Format, v.Size))];

    [Fact]
    public void FormatAndSizeInParentheses_ThenTheLanguage()
    {
        var document = Parse("Final report (PDF, 245 KB) English");

        Assert.Equal("Final report", document.Title);
        Assert.Equal(OutcomeKind.Report, document.Kind);
        Assert.Equal([("en", "PDF", 245L * 1024)], Versions(document));
        Assert.Empty(document.Notes);
        Assert.Equal((7, "Final report (PDF, 245 KB) English"), (document.Line, document.SourceText));
    }

    [Fact]
    public void LanguageLettersAfterADash_GiveEachTheFormatAndSize()
    {
        var document = Parse("Chairman's Report [Word 97 - 120 KB] - E/F/S");

        Assert.Equal("Chairman's Report", document.Title);
        Assert.Equal(OutcomeKind.ChairsSummary, document.Kind);
        Assert.Equal([("en", "Word 97", 120L * 1024), ("fr", "Word 97", 120L * 1024), ("es", "Word 97", 120L * 1024)], Versions(document));
    }

    [Fact]
    public void EachLanguageWithItsOwnBracket_IsAVersionOfItsOwn()
    {
        var document = Parse("Report: English [PDF, 120 KB] | French [PDF, 131 KB] | Spanish");

        Assert.Equal("Report", document.Title);
        Assert.Equal([("en", "PDF", 120L * 1024), ("fr", "PDF", 131L * 1024), ("es", null, null)], Versions(document));
    }

    [Fact]
    public void ABracketNamingLanguageAndFormat_IsOneVersion_AndALineWithoutTitleIsCalledDocument()
    {
        var document = Parse("[PDF, English, 120 KB] [Word, français, 1,2 MB]");

        Assert.Equal("Document", document.Title);
        Assert.Contains(document.Notes, n => n.Contains("no title", StringComparison.Ordinal));
        Assert.Equal([("en", "PDF", 120L * 1024), ("fr", "Word", (long)Math.Round(1.2 * 1024 * 1024))], Versions(document));
    }

    [Fact]
    public void ALineNamingNoLanguage_IsEnglish_WithANote_AndItsFormatsJoined()
    {
        var document = Parse("Agenda (Word) (PDF)");

        Assert.Equal([("en", "Word, PDF", null)], Versions(document));
        Assert.Contains(document.Notes, n => n.StartsWith("no language stated", StringComparison.Ordinal));
        Assert.Equal(OutcomeKind.Other, document.Kind);
    }

    [Fact]
    public void ALanguageAfterASeparator_EndsTheTitle()
    {
        var document = Parse("Summary of discussions - Spanish (PDF - 56 KB)");

        Assert.Equal("Summary of discussions", document.Title);
        Assert.Equal([("es", "PDF", 56L * 1024)], Versions(document));
    }

    [Theory]
    [InlineData("Chairman's summary: 5 May 2004 (Word, 45 KB)", "Chairman's summary", "2004-05-05", DatePrecision.Day)]
    [InlineData("Final report, April 2005 [PDF]", "Final report", "2005-04-01", DatePrecision.Month)]
    [InlineData("Report on 2-3 May 2004 [PDF]", "Report on 2-3 May 2004", null, DatePrecision.Day)]
    public void ADateEndingTheTitle_IsTheDocuments(string line, string title, string? date, DatePrecision precision)
    {
        var document = Parse(line);

        Assert.Equal(title, document.Title);
        Assert.Equal(date, document.Issued?.StartIso);
        if (document.Issued is { } issued)
        {
            Assert.Equal(precision, issued.Precision);
        }
    }

    [Theory]
    [InlineData("Geneva Declaration of Principles [PDF]", OutcomeKind.Declaration)]
    [InlineData("Recommendations of the workshop (Word)", OutcomeKind.Recommendations)]
    [InlineData("Agenda for Action (PDF)", OutcomeKind.AgendaForAction)]
    [InlineData("Regional Plan of Action [PDF, 80 KB]", OutcomeKind.AgendaForAction)]
    [InlineData("Presentation by the secretariat (PowerPoint, 2 MB)", OutcomeKind.Presentation)]
    [InlineData("Summary by the Chair (PDF)", OutcomeKind.ChairsSummary)]
    [InlineData("Proceedings [PDF, 3.4 MB]", OutcomeKind.Report)]
    [InlineData("List of participants (PDF)", OutcomeKind.Other)]
    public void TheKind_IsReadFromTheTitle(string line, OutcomeKind kind)
    {
        Assert.Equal(kind, Parse(line).Kind);
    }

    [Theory]
    [InlineData("800 bytes", 800L)]
    [InlineData("245 KB", 245L * 1024)]
    [InlineData("245KB", 245L * 1024)]
    [InlineData("1,200 KB", 1200L * 1024)]
    [InlineData("1.5 MB", 3L * 512 * 1024)]
    [InlineData("300 Ko", 300L * 1024)]
    public void Sizes_AreBytes_AKilobyteBeing1024(string size, long bytes)
    {
        Assert.Equal(bytes, Parse($"Report [PDF, {size}]").Versions.Single().Size);
    }

    [Fact]
    public void LettersInsideTheTitle_AreNoLanguages()
    {
        var document = Parse("Report of Working Group C on E-government (PDF) - F");

        Assert.Equal("Report of Working Group C on E-government", document.Title);
        Assert.Equal([("fr", "PDF", null)], Versions(document));
    }

    [Theory]
    [InlineData("The report of the meeting")]
    [InlineData("")]
    [InlineData("(see below)")]
    public void ALineWithoutFormatOrSize_IsNoDocument(string line)
    {
        Assert.Null(DocumentLineParser.Parse(1, line));
    }

    [Fact]
    public void ManyFormats_AreCutToWhatTheColumnHolds()
    {
        var document = Parse("Kit (PDF) (Word) (PowerPoint) (Excel) (RTF) (HTML) (ZIP) (ODT)");

        var format = Assert.Single(document.Versions).Format!;
        Assert.True(format.Length <= WsisEvents.Web.Data.FieldLengths.StatedFormat, format);
        Assert.StartsWith("PDF, Word, PowerPoint", format, StringComparison.Ordinal);
    }
}
