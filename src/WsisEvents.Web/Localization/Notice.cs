using System.Globalization;
using Microsoft.Extensions.Localization;

namespace WsisEvents.Web.Localization;

/// <summary>A message made where the reader's language is not at hand (an entry form's, the restorer's): its English
/// text with <c>{0}</c>-style places, which is also its key in the resources, and the values that fill them. It is
/// worded in the reader's language where it is shown, its numbers and dates in the reader's culture. A value that is
/// itself a notice is worded too, and a list of notices is worded item by item and joined with "; ".</summary>
/// <param name="Text">"The meeting {0} was deleted.": the English text, and the resources' key.</param>
/// <param name="Values">What fills its places: names as they are, notices to be worded in their turn.</param>
public sealed record Notice(string Text, params object[] Values)
{
    public static implicit operator Notice(string text) => new(text);

    /// <summary>The message in the language of <paramref name="localizer"/>; in English where it has no translation.</summary>
    public string In(IStringLocalizer localizer) => localizer[Text, Worded(n => n.In(localizer))];

    /// <summary>The message in English, for logs and tests.</summary>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, Text, Worded(n => n.ToString()));

    private object[] Worded(Func<Notice, string> word) => [.. Values.Select(v => v switch
    {
        Notice notice => word(notice),
        IEnumerable<Notice> notices => string.Join("; ", notices.Select(word)),
        _ => v,
    })];
}
