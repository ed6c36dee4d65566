namespace WsisEvents.Web.Infrastructure;

public static class RequestOrigin
{
    /// <summary>"https://example.org" (with the path base, if the app is mounted below the root): what absolute
    /// links in feeds, exports and structured data start with. The host comes from the request, so
    /// <c>AllowedHosts</c> should name the site's hosts in production.</summary>
    public static string Origin(this HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
