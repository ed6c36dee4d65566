using System.Text;
using WsisEvents.Web.Documents;

namespace WsisEvents.Web.Tests.Documents;

public sealed class DocumentFormatsTests
{
    public static TheoryData<string, byte[], string> Accepted => new()
    {
        { "pdf", DocumentSamples.Pdf(), "application/pdf" },
        { "doc", DocumentSamples.CompoundFile("WordDocument"), "application/msword" },
        { "ppt", DocumentSamples.CompoundFile("PowerPoint Document"), "application/vnd.ms-powerpoint" },
        { "docx", DocumentSamples.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { "pptx", DocumentSamples.Pptx, "application/vnd.openxmlformats-officedocument.presentationml.presentation" },
        { "odt", DocumentSamples.Odt, "application/vnd.oasis.opendocument.text" },
        { "text", DocumentSamples.Text, "text/plain" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Recognise_AcceptedKinds_ByTheirBytes(string kind, byte[] content, string mediaType)
    {
        var (format, problem) = DocumentFormats.Recognise(content);

        Assert.True(problem is null, $"{kind}: {problem}");
        Assert.Equal(mediaType, format!.MediaType);
    }

    public static TheoryData<string, byte[], string> Refused => new()
    {
        { "empty", [], "The file is empty." },
        { "html", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body>report</body></html>"), "HTML, XML or a script" },
        { "html after blank lines", Encoding.UTF8.GetBytes("\r\n\n   <html><script>alert(1)</script>"), "HTML, XML or a script" },
        { "script inside text", Encoding.UTF8.GetBytes("A report.\nThen <SCRIPT src=x></SCRIPT>"), "HTML, XML or a script" },
        { "svg", Encoding.UTF8.GetBytes("Figure: <svg onload=alert(1)>"), "HTML, XML or a script" },
        { "xml", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><a/>"), "HTML, XML or a script" },
        { "nul byte", Encoding.UTF8.GetBytes("text\0more"), "control characters" },
        { "invalid utf-8", [0x52, 0xE9, 0x73, 0x75, 0x6D, 0xE9], "not accepted" },
        { "png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "not accepted" },
        { "excel workbook", DocumentSamples.CompoundFile("Workbook"), "another kind than Word or PowerPoint" },
        { "truncated compound file", DocumentSamples.CompoundFile("WordDocument")[..600], "another kind than Word or PowerPoint" },
        { "plain zip", DocumentSamples.Zip(("readme.txt", "hello")), "not a DOCX, PPTX or ODT" },
        { "spreadsheet odf", DocumentSamples.Zip(("mimetype", "application/vnd.oasis.opendocument.spreadsheet")), "not a DOCX, PPTX or ODT" },
        { "broken zip", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3], "not a DOCX, PPTX or ODT" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Recognise_RefusesOtherContent_SayingWhatIsAccepted(string kind, byte[] content, string message)
    {
        var (format, problem) = DocumentFormats.Recognise(content);

        Assert.True(format is null, kind);
        Assert.Contains(message, problem, StringComparison.Ordinal);
        if (content.Length > 0)
        {
            Assert.Contains(DocumentFormats.Accepted, problem, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("../../etc/passwd", "passwd.pdf")]
    [InlineData("..\\x.pdf", "x.pdf")]
    [InlineData("C:\\Users\\me\\Final report.PDF", "Final report.pdf")]
    [InlineData("re\"port'\r\n.pdf", "report.pdf")]
    [InlineData("Rapport final – Genève 2003.docx", "Rapport final – Genève 2003.pdf")]
    [InlineData("報告書.pdf", "報告書.pdf")]
    [InlineData("evil\u202Efdp.exe", "evilfdp.pdf")]
    [InlineData("...", "vienna-declaration.pdf")]
    [InlineData("", "vienna-declaration.pdf")]
    [InlineData(null, "vienna-declaration.pdf")]
    [InlineData("CON.pdf", "vienna-declaration.pdf")]
    [InlineData("<script>.pdf", "script.pdf")]
    public void SafeFileName_KeepsOnlyTheNameAndSetsTheExtensionFromTheType(string? uploaded, string expected)
    {
        Assert.Equal(expected, SafeFileNames.Make(uploaded, "vienna-declaration", DocumentFormats.Pdf));
    }

    [Fact]
    public void SafeFileName_IsBoundedInLength_WithoutCuttingACharacter()
    {
        var name = SafeFileNames.Make(string.Concat(Enumerable.Repeat("é😀", 200)) + ".pdf", "x", DocumentFormats.Pdf);

        Assert.True(name.Length <= SafeFileNames.MaxStemLength + 4, name);
        Assert.EndsWith("😀é.pdf", name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("EN", "en")]
    [InlineData("pt_BR", "pt-br")]
    [InlineData("zh-Hant", "zh-hant")]
    [InlineData("es-419", "es-419")]
    [InlineData("english", null)]
    [InlineData("e", null)]
    [InlineData("en-", null)]
    [InlineData("../en", null)]
    public void LanguageTag_IsNormalized_OrRefused(string text, string? expected)
    {
        Assert.Equal(expected, LanguageTags.Normalize(text));
    }
}
