using System.Globalization;
using System.Text;

namespace WsisEvents.Web.Tests.Feeds;

/// <summary>A small iCalendar reader, written apart from the app's writer so that the two check each other: it
/// unfolds lines, splits each into name, parameters and value, and unescapes TEXT.</summary>
public static class ICalendarReader
{
    public sealed record Property(string Name, IReadOnlyDictionary<string, string> Parameters, string Value)
    {
        public string Text => Unescape(Value);

        /// <summary>A comma-separated TEXT list (CATEGORIES), split on the commas that are not escaped.</summary>
        public IReadOnlyList<string> TextList => SplitUnescapedCommas(Value).Select(Unescape).ToList();

        public DateOnly Date => DateOnly.ParseExact(Value, "yyyyMMdd", CultureInfo.InvariantCulture);
    }

    public sealed class Component(string name)
    {
        public string Name { get; } = name;

        public List<Property> Properties { get; } = [];

        public List<Component> Children { get; } = [];

        public Property this[string name] =>
            Properties.SingleOrDefault(p => p.Name == name) ?? throw new KeyNotFoundException($"{Name} has no single {name}.");

        public IEnumerable<Property> All(string name) => Properties.Where(p => p.Name == name);

        public IEnumerable<Component> Events => Children.Where(c => c.Name == "VEVENT");
    }

    /// <summary>The physical lines joined back into content lines: a CRLF followed by one space or tab is removed.</summary>
    public static List<string> Unfold(string ics)
    {
        Assert.EndsWith("\r\n", ics, StringComparison.Ordinal);
        var lines = new List<string>();
        foreach (var physical in ics[..^2].Split("\r\n"))
        {
            if (physical.Length > 0 && physical[0] is ' ' or '\t')
            {
                lines[^1] += physical[1..];
            }
            else
            {
                lines.Add(physical);
            }
        }

        return lines;
    }

    public static Component Parse(string ics)
    {
        var stack = new Stack<Component>();
        Component? root = null;
        foreach (var line in Unfold(ics))
        {
            var property = ParseLine(line);
            if (property.Name == "BEGIN")
            {
                var component = new Component(property.Value);
                if (stack.Count > 0)
                {
                    stack.Peek().Children.Add(component);
                }

                root ??= component;
                stack.Push(component);
            }
            else if (property.Name == "END")
            {
                Assert.Equal(stack.Pop().Name, property.Value);
            }
            else
            {
                stack.Peek().Properties.Add(property);
            }
        }

        Assert.Empty(stack);
        return root ?? throw new InvalidDataException("No component.");
    }

    /// <summary>NAME;PARAM=value;PARAM="quoted; value":value — the first colon outside quotes ends the parameters.</summary>
    public static Property ParseLine(string line)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        var i = 0;
        for (; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"')
            {
                quoted = !quoted;
                current.Append(c);
            }
            else if (!quoted && c == ';')
            {
                parts.Add(current.ToString());
                current.Clear();
            }
            else if (!quoted && c == ':')
            {
                break;
            }
            else
            {
                current.Append(c);
            }
        }

        Assert.True(i < line.Length, $"No value in: {line}");
        parts.Add(current.ToString());
        var parameters = parts.Skip(1).ToDictionary(
            p => p[..p.IndexOf('=', StringComparison.Ordinal)],
            p => ParameterValue(p[(p.IndexOf('=', StringComparison.Ordinal) + 1)..]));
        return new Property(parts[0], parameters, line[(i + 1)..]);
    }

    public static string Unescape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
                builder.Append(text[i] is 'n' or 'N' ? '\n' : text[i]);
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>A parameter value without its quotes, with RFC 6868's caret escapes decoded.</summary>
    private static string ParameterValue(string value)
    {
        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
        {
            value = value[1..^1];
        }

        return value.Replace("^^", "\u0000", StringComparison.Ordinal)
            .Replace("^n", "\n", StringComparison.Ordinal)
            .Replace("^'", "\"", StringComparison.Ordinal)
            .Replace("\u0000", "^", StringComparison.Ordinal);
    }

    private static IEnumerable<string> SplitUnescapedCommas(string value)
    {
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\')
            {
                i++;
            }
            else if (value[i] == ',')
            {
                yield return value[start..i];
                start = i + 1;
            }
        }

        yield return value[start..];
    }
}
