using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace WsisEvents.Web.Data;

/// <summary>Serializer settings shared by the data files and the command line's JSON output; the same as the
/// API's (camelCase, enums as camelCase strings).</summary>
public static class JsonOptions
{
    public static JsonSerializerOptions Data { get; } = Create(indented: false);

    public static JsonSerializerOptions Output { get; } = Create(indented: true);

    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;

        // Letters of every script are written as themselves ("São Paulo"); characters that matter in HTML are
        // still escaped.
        options.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        options.PropertyNameCaseInsensitive = true;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.ReadCommentHandling = JsonCommentHandling.Skip;
        options.AllowTrailingCommas = true;
    }

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions { WriteIndented = indented };
        Configure(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
