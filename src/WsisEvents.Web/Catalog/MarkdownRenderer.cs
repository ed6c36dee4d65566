using System.Net;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace WsisEvents.Web.Catalog;

/// <summary>The one Markdown pipeline of the site, for descriptions on pages and in previews. Raw HTML is never
/// passed through; links and images may only point to http, https, mailto or a relative address (anything else,
/// javascript: and data: included, becomes plain text); text that is too long or nested too deeply to render
/// safely is refused by <see cref="Check"/>, and text stored before a check existed, or that the renderer refuses
/// anyway, is shown as plain text: no stored description can make a page or feed fail.</summary>
public static class MarkdownRenderer
{
    public const int MaxLength = 100_000;
    public const int MaxNesting = 32;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UseReferralLinks("nofollow", "noopener", "noreferrer")
        .Build();

    /// <summary>Why this Markdown cannot be accepted, or null if it can.</summary>
    public static string? Check(string? markdown)
    {
        if (markdown is null)
        {
            return null;
        }

        if (markdown.Length > MaxLength)
        {
            return $"The description is {markdown.Length:N0} characters long; at most {MaxLength:N0} are allowed.";
        }

        return Render(markdown, plainText: false) is null
            ? $"The description nests quotes, lists, brackets or emphasis more than {MaxNesting} levels deep."
            : null;
    }

    public static string ToHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Render(markdown, plainText: false) ?? "<p>" + WebUtility.HtmlEncode(markdown) + "</p>";

    /// <summary>The text of the Markdown without its markup, for summaries, feeds and calendar entries.</summary>
    public static string ToPlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? markdown ?? "" : Render(markdown, plainText: true) ?? markdown;

    /// <summary>HTML or plain text, or null for text too long or nested too deeply. Markdig itself throws on
    /// elements nested beyond its own depth limit, while parsing or while rendering (64 list markers on one line,
    /// thousands of emphasis markers), which no count of ours can foresee for every construct: whatever it
    /// refuses is refused here too, so that it is refused at save and shown as plain text wherever it is read.</summary>
    private static string? Render(string markdown, bool plainText)
    {
        if (markdown.Length > MaxLength || NestingDepth(markdown) > MaxNesting)
        {
            return null;
        }

        try
        {
            var document = Markdown.Parse(markdown, Pipeline);
            if (plainText)
            {
                // What Markdown.ToPlainText does, on the document already parsed.
                using var text = new StringWriter();
                var renderer = new Markdig.Renderers.HtmlRenderer(text) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
                Pipeline.Setup(renderer);
                renderer.Render(document);
                return text.ToString().Trim();
            }

            RemoveUnsafeLinks(document);
            return document.ToHtml(Pipeline);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static void RemoveUnsafeLinks(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!IsSafeUrl(link.Url))
            {
                link.ReplaceBy(new LiteralInline(PlainText(link)), copyChildren: false);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsSafeUrl(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url), copyChildren: false);
            }
        }
    }

    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        // Browsers ignore tabs, newlines and leading spaces inside a scheme ("java\tscript:").
        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var delimiter = compact.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (delimiter >= 0 && delimiter < colon))
        {
            // A relative address, or a protocol-relative one ("//host/path"), which stays on http or https.
            return true;
        }

        return compact[..colon].ToLowerInvariant() is "http" or "https" or "mailto";
    }

    private static string PlainText(ContainerInline container)
    {
        var text = string.Concat(container.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
        return text.Length > 0 ? text : (container as LinkInline)?.Title ?? "";
    }

    /// <summary>How deep a parser would have to nest: the most quote markers and list markers at a line's start
    /// (each of "- - - x", "1. 1. x" or "> - x" opens a level), or its indentation, and the deepest run of unclosed
    /// link brackets.</summary>
    private static int NestingDepth(string markdown)
    {
        var deepest = 0;
        foreach (var line in markdown.Split('\n'))
        {
            deepest = Math.Max(deepest, LineStartDepth(line));
        }

        var brackets = 0;
        foreach (var c in markdown)
        {
            brackets = c switch
            {
                '[' => brackets + 1,
                ']' => Math.Max(0, brackets - 1),
                _ => brackets,
            };
            deepest = Math.Max(deepest, brackets);
        }

        return deepest;
    }

    /// <summary>The levels a line's start opens; its indentation counts only before a list marker, since indented
    /// plain text is a code block, which nests nothing.</summary>
    private static int LineStartDepth(string line)
    {
        var levels = 0;
        var lists = 0;
        var indent = 0;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c is ' ' or '\t')
            {
                indent += c == '\t' ? 4 : 1;
                i++;
            }
            else if (c == '>')
            {
                levels++;
                i++;
            }
            else if (c is '-' or '*' or '+' && EndsMarker(line, i + 1))
            {
                levels++;
                lists++;
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                var end = i;
                while (end < line.Length && char.IsAsciiDigit(line[end]))
                {
                    end++;
                }

                if (end >= line.Length || line[end] is not ('.' or ')') || !EndsMarker(line, end + 1))
                {
                    break;
                }

                levels++;
                lists++;
                i = end + 1;
            }
            else
            {
                break;
            }
        }

        return Math.Max(levels, lists > 0 ? indent / 2 : 0);
    }

    /// <summary>A list marker is followed by white space or the end of the line.</summary>
    private static bool EndsMarker(string line, int next) => next >= line.Length || line[next] is ' ' or '\t';
}
