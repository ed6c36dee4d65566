using WsisEvents.Web.Catalog;

namespace WsisEvents.Web.Tests.Catalog;

public class MarkdownRendererTests
{
    [Fact]
    public void ToHtml_RendersOrdinaryMarkdown()
    {
        var html = MarkdownRenderer.ToHtml("Some **bold** text and a [link](https://www.itu.int/wsis).");

        Assert.Contains("<strong>bold</strong>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://www.itu.int/wsis\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    public void ToHtml_NeverPassesRawHtml(string markdown)
    {
        var html = MarkdownRenderer.ToHtml(markdown);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](java\tscript:alert(1))")]
    [InlineData("[click](&#106;avascript:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[click](vbscript:msgbox)")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    public void ToHtml_UnsafeLinkBecomesPlainText(string markdown)
    {
        var html = MarkdownRenderer.ToHtml(markdown);

        Assert.DoesNotContain("href=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/meetings/x", true)]
    [InlineData("#part", true)]
    [InlineData("https://www.itu.int", true)]
    [InlineData("mailto:wsis@itu.int", true)]
    [InlineData("ftp://example.org", false)]
    [InlineData("javascript:alert(1)", false)]
    public void IsSafeUrl_AllowsOnlyWebAndMailLinks(string url, bool safe)
    {
        Assert.Equal(safe, MarkdownRenderer.IsSafeUrl(url));
    }

    [Fact]
    public void PathologicalNesting_IsRefusedAndRenderedAsPlainText()
    {
        var deep = new string('>', 5000) + " deep";

        Assert.NotNull(MarkdownRenderer.Check(deep));
        Assert.StartsWith("<p>&gt;&gt;&gt;", MarkdownRenderer.ToHtml(deep), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- ")]
    [InlineData("* ")]
    [InlineData("+ ")]
    [InlineData("1. ")]
    [InlineData("> - ")]
    public void ListMarkersOnOneLine_BeyondTheLimit_AreRefused(string marker)
    {
        var markdown = string.Concat(Enumerable.Repeat(marker, 64)) + "x";

        Assert.NotNull(MarkdownRenderer.Check(markdown));
    }

    [Fact]
    public void ListMarkersOnOneLine_WithinTheLimit_AreAccepted()
    {
        Assert.Null(MarkdownRenderer.Check("- - - x"));
    }

    [Fact]
    public void IndentedPlainText_IsACodeBlock_NotDeepNesting()
    {
        Assert.Null(MarkdownRenderer.Check(new string(' ', 100) + "code"));
    }

    /// <summary>Thousands of emphasis markers pass the count of nesting levels, and Markdig still refuses them.</summary>
    [Fact]
    public void TextTheParserRefuses_IsRefusedAtCheck_AndRenderedAsPlainText()
    {
        var markdown = new string('*', 5000) + "x" + new string('*', 5000);

        Assert.NotNull(MarkdownRenderer.Check(markdown));
        Assert.Equal("<p>" + markdown + "</p>", MarkdownRenderer.ToHtml(markdown));
        Assert.Equal(markdown, MarkdownRenderer.ToPlainText(markdown));
    }

    [Fact]
    public void ToPlainText_DropsTheMarkup()
    {
        Assert.Equal("Some bold text and a link.", MarkdownRenderer.ToPlainText("Some **bold** text and a [link](https://www.itu.int)."));
    }
}
