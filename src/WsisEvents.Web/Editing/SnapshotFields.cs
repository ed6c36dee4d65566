using System.Text.Json;

namespace WsisEvents.Web.Editing;

/// <summary>A recorded snapshot's fields as text, lists joined, for showing two versions side by side.</summary>
public static class SnapshotFields
{
    public static Dictionary<string, string?> Read(string? json)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (json is null)
        {
            return fields;
        }

        using var document = JsonDocument.Parse(json);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            fields[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Array => string.Join(", ", property.Value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Object
                    ? string.Join(" ", e.EnumerateObject().Select(p => p.Value.ToString()))
                    : e.ToString())),
                _ => property.Value.ToString(),
            };
        }

        return fields;
    }
}
