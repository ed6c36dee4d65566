using Microsoft.Extensions.Localization;

namespace WsisEvents.Web.Catalog;

/// <summary>A localizer that writes each key as it is, the English text: for the API, the feeds and the structured
/// data, whose texts stay the same whatever the language of the address they are read at.</summary>
public sealed class EnglishText : IStringLocalizer
{
    public static readonly EnglishText Instance = new();

    private EnglishText()
    {
    }

    public LocalizedString this[string name] => new(name, name, resourceNotFound: true);

    public LocalizedString this[string name, params object[] arguments] =>
        new(name, string.Format(System.Globalization.CultureInfo.InvariantCulture, name, arguments), resourceNotFound: true);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
}
