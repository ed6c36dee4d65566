using System.Globalization;

namespace WsisEvents.Web.Catalog;

public static class PagingParser
{
    public static Paging Parse(string? page, string? pageSize, Dictionary<string, string[]> errors) => new(
        ParseBounded(page, "page", 1, MeetingSearchValidator.MaxPage, 1, errors),
        ParseBounded(pageSize, "pageSize", 1, MeetingSearchValidator.MaxPageSize, MeetingSearchValidator.DefaultPageSize, errors));

    public static int ParseBounded(string? value, string name, int min, int max, int fallback, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        errors[name] = [$"'{name}' must be a whole number from {min} to {max.ToString("N0", CultureInfo.InvariantCulture)}."];
        return fallback;
    }
}
