using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using WsisEvents.Web.Catalog;

namespace WsisEvents.Web.ViewModels;

/// <summary>The options of the filter form's lists as HTML, encoded once per catalog version (kept in its
/// <see cref="CatalogVersion"/>) instead of some 157 options written out on every list page (bench/RESULTS.md). Only
/// the selected option differs between requests: a list with none selected is one string, a list with a selection
/// the same options, each already encoded, with the selected one's variant.</summary>
public sealed class FilterFormOptions
{
    private FilterFormOptions(FilterOptions options, HtmlEncoder encoder)
    {
        Options = options;
        Years = new(options.Years, y => y.ToString(CultureInfo.InvariantCulture), y => encoder.Encode(y.ToString(CultureInfo.InvariantCulture)), encoder);
        Themes = new(options.Themes, t => t.Slug, t => $"{encoder.Encode(t.Code)}: {encoder.Encode(t.Name)}", encoder);
        Categories = new(options.Categories, c => c.Slug, c => encoder.Encode(c.Name), encoder);
        Countries = new(options.Countries, c => c, encoder.Encode, encoder);
        Organizers = new(options.Organizers, o => o.Slug, o => encoder.Encode(o.Acronym is null ? o.Name : $"{o.Acronym} ({o.Name})"), encoder);
    }

    public FilterOptions Options { get; }

    public OptionList<int> Years { get; }

    public OptionList<ThemeRefDto> Themes { get; }

    public OptionList<CategoryRefDto> Categories { get; }

    public OptionList<string> Countries { get; }

    public OptionList<OrganizationRefDto> Organizers { get; }

    /// <summary>The form's lists of <paramref name="version"/>, from its filter options, encoded as the views encode.</summary>
    public static Task<FilterFormOptions> ForAsync(CatalogVersion version, Func<Task<FilterOptions>> options, HtmlEncoder encoder) =>
        version.GetAsync("filter-form-options:" + Localization.Languages.Current.Code, async () => new FilterFormOptions(await options(), encoder));

    /// <summary>The lists with the options of <paramref name="search"/> selected: a year as given, an Action Line
    /// by its slug or code, a category or country in any case, an organizer by its slug or acronym.</summary>
    public Selected For(MeetingSearch search)
    {
        var year = search[SearchParameters.Year]?.Trim();
        var theme = Options.FindTheme(search[SearchParameters.Theme]);
        var category = search[SearchParameters.Category]?.Trim();
        var country = search[SearchParameters.Country]?.Trim();
        var organizer = Options.FindOrganizer(search[SearchParameters.Organizer]);
        return new Selected(
            Years.Render(year is null ? null : y => year == y.ToString(CultureInfo.InvariantCulture)),
            Themes.Render(theme is null ? null : t => t.Slug == theme.Slug),
            Categories.Render(category is null ? null : c => string.Equals(category, c.Slug, StringComparison.OrdinalIgnoreCase)),
            Countries.Render(country is null ? null : c => string.Equals(country, c, StringComparison.OrdinalIgnoreCase)),
            Organizers.Render(organizer is null ? null : o => o.Slug == organizer.Slug));
    }

    public sealed record Selected(IHtmlContent Years, IHtmlContent Themes, IHtmlContent Categories, IHtmlContent Countries, IHtmlContent Organizers);
}

/// <summary>The <c>&lt;option&gt;</c> elements of one list, each on its own line as the form's markup indents them.</summary>
public sealed class OptionList<T>
{
    /// <summary>Where the options stand in the form's markup: inside a <c>select</c> at 16 spaces.</summary>
    private const string LineStart = "\n                    ";

    private readonly IReadOnlyList<T> _items;
    private readonly string[] _plain;
    private readonly string[] _selected;
    private readonly HtmlString _noneSelected;

    public OptionList(IReadOnlyList<T> items, Func<T, string> value, Func<T, string> encodedLabel, HtmlEncoder encoder)
    {
        _items = items;
        _plain = new string[items.Count];
        _selected = new string[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var encodedValue = encoder.Encode(value(items[i]));
            var label = encodedLabel(items[i]);
            _plain[i] = $"{LineStart}<option value=\"{encodedValue}\">{label}</option>";
            _selected[i] = $"{LineStart}<option value=\"{encodedValue}\" selected=\"selected\">{label}</option>";
        }

        _noneSelected = new HtmlString(string.Concat(_plain));
    }

    /// <summary>The options, those for which <paramref name="isSelected"/> holds marked selected; null selects none.</summary>
    public IHtmlContent Render(Func<T, bool>? isSelected) => isSelected is null ? _noneSelected : new WithSelection(this, isSelected);

    private sealed class WithSelection(OptionList<T> list, Func<T, bool> isSelected) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            for (var i = 0; i < list._items.Count; i++)
            {
                writer.Write(isSelected(list._items[i]) ? list._selected[i] : list._plain[i]);
            }
        }
    }
}
