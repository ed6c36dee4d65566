using System.Text.Json;

namespace WsisEvents.Web.Catalog;

/// <summary>Enums as the API and the query strings write them: camelCase names ("unBody", "chairsSummary"), read back
/// in any case, with or without hyphens ("un-body", "chairs-summary").</summary>
public static class ApiEnum
{
    public static IReadOnlyList<string> Names<TEnum>() where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Select(Name)];

    public static bool TryParse<TEnum>(string text, out TEnum value) where TEnum : struct, Enum
    {
        // Compared with the names one by one: Enum.TryParse would also take numbers and "ngo,government" (flags).
        var compact = text.Trim().Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(candidate.ToString(), compact, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
