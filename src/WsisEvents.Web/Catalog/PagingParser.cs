using System.Globalization;

namespace WsisEvents.Web.Catalog;

/// <summary>Whole numbers in the query string (pages, page sizes, years), read and refused the same way everywhere.</summary>
public static class PagingParser
{
    public static Paging Parse(string? page, string? pageSize, Dictionary<string, string[]> errors) => new(
        ParseBounded(page, SearchParameters.Page.Name, 1, SearchParameters.MaxPage, 1, errors),
        ParseBounded(pageSize, SearchParameters.PageSize.Name, 1, SearchParameters.MaxPageSize, SearchParameters.DefaultPageSize, errors));

    public static int ParseBounded(string? value, string name, int min, int max, int fallback, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (TryParseBounded(value, min, max, out var number))
        {
            return number;
        }

        errors[name] = [BoundsMessage(name, min, max)];
        return fallback;
    }

    public static bool TryParseBounded(string value, int min, int max, out int number) =>
        int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out number) && number >= min && number <= max;

    public static string BoundsMessage(string name, int min, int max) =>
        Localization.Texts.Localizer["'{0}' must be a whole number from {1} to {2}.", name, min, max.ToString("N0", Localization.Languages.Current.Culture)];
}
