using System.Globalization;
using System.Text;

namespace WsisEvents.Web.Infrastructure;

/// <summary>User input on its way into a log line: control characters written as <c>\u001B</c>, so that an escape
/// sequence typed into a form cannot recolour a terminal, and a line break cannot forge a log line.</summary>
public static class LogText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(char.IsControl))
        {
            return text ?? "";
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }
}
