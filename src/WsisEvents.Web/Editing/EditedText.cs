namespace WsisEvents.Web.Editing;

/// <summary>How a form's optional text is stored: trimmed, and nothing rather than blanks.</summary>
public static class EditedText
{
    public static string? OrNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
