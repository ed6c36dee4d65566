using System.Net.Http.Json;
using System.Text.Json;
using WsisEvents.Web.Data;

namespace WsisEvents.Web.Tests.Infrastructure;

public static class JsonResponses
{
    public static async Task<T> ReadJsonAsync<T>(this HttpResponseMessage response)
    {
        var value = await response.Content.ReadFromJsonAsync<T>(JsonOptions.Data);
        return value ?? throw new InvalidOperationException("The response body was JSON null.");
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return await response.ReadJsonAsync<JsonElement>();
    }
}
