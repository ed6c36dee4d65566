using System.Net;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace WsisEvents.Web.Catalog;

/// <summary>The one Markdown pipeline of the site, for descriptions on pages and in previews. Raw HTML is never
/// passed through; links and images may only point to http, https, mailto or a relative address (anything else,
/// javascript: and data: included, becomes plain text); text that is too long or nested too deeply to render
/// safely is refused by <see cref="Check"/> and shown as plain text if it ever reaches the renderer.</summary>
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

        return NestingDepth(markdown) > MaxNesting
            ? $"The description nests quotes, lists, brackets or emphasis more than {MaxNesting} levels deep."
            : null;
    }

    public static string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        if (Check(markdown) is not null)
        {
            return "<p>" + WebUtility.HtmlEncode(markdown) + "</p>";
        }

        var document = Markdown.Parse(markdown, Pipeline);
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

        return document.ToHtml(Pipeline);
    }

    /// <summary>The text of the Markdown without its markup, for summaries, feeds and calendar entries.</summary>
    public static string ToPlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) || Check(markdown) is not null
            ? markdown ?? ""
            : Markdown.ToPlainText(markdown, Pipeline).Trim();

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

    /// <summary>How deep a parser would have to nest: the most quote markers or list levels at a line's start, and
    /// the deepest run of unclosed link brackets.</summary>
    private static int NestingDepth(string markdown)
    {
        var deepest = 0;
        foreach (var line in markdown.Split('\n'))
        {
            var quotes = 0;
            var listIndent = 0;
            foreach (var c in line)
            {
                if (c == '>')
                {
                    quotes++;
                }
                else if (c is ' ' or '\t')
                {
                    listIndent += c == '\t' ? 4 : 1;
                }
                else
                {
                    if (c is not ('-' or '*' or '+'))
                    {
                        listIndent = 0;
                    }

                    break;
                }
            }

            deepest = Math.Max(deepest, Math.Max(quotes, listIndent / 2));
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
}
