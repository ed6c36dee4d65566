using System.Text.Json;
using WsisEvents.Web.Domain;

namespace WsisEvents.Web.Catalog;

public static class OrganizationKinds
{
    /// <summary>The kinds as the API writes them ("unBody", "ngo").</summary>
    public static IReadOnlyList<string> Names { get; } =
        Enum.GetValues<OrganizationKind>().Select(k => JsonNamingPolicy.CamelCase.ConvertName(k.ToString())).ToList();

    /// <summary>Reads a kind as the API writes it, or in any case, with or without hyphens ("un-body").</summary>
    public static bool TryParse(string text, out OrganizationKind kind)
    {
        // Compared with the names one by one: Enum.TryParse would also take numbers and "ngo,government" (flags).
        var compact = text.Trim().Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        foreach (var candidate in Enum.GetValues<OrganizationKind>())
        {
            if (string.Equals(candidate.ToString(), compact, StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
