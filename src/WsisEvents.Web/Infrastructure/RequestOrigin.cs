using WsisEvents.Web.Localization;

namespace WsisEvents.Web.Infrastructure;

public static class RequestOrigin
{
    /// <summary>"https://example.org" (with the path base, if the app is mounted below the root): what absolute
    /// links in pages, feeds, exports and structured data start with. <c>Site:BaseUrl</c> when it is set, so that
    /// no request's Host header can put another site's name into them; otherwise the request's scheme and host
    /// (then <c>AllowedHosts</c> should name the site's hosts).</summary>
    /// <remarks>The language's segment is part of it: the absolute links of a French page or feed are French.</remarks>
    public static string Origin(this HttpRequest request) =>
        request.HttpContext.RequestServices.GetRequiredService<SiteAddress>().BaseUrl is { } baseUrl
            ? baseUrl + request.HttpContext.Language().Prefix
            : $"{request.Scheme}://{request.Host}{request.PathBase}";

    /// <summary>The site's origin without the language's segment, to which each language's prefix is added.</summary>
    public static string SiteOrigin(this HttpRequest request) =>
        request.HttpContext.RequestServices.GetRequiredService<SiteAddress>().BaseUrl
        ?? $"{request.Scheme}://{request.Host}{request.SitePathBase()}";
}

/// <summary>The site's canonical address, <c>Site:BaseUrl</c>: an absolute http or https address, kept without a
/// trailing slash; null when it is not set.</summary>
public sealed record SiteAddress(string? BaseUrl)
{
    public static SiteAddress FromConfiguration(IConfiguration configuration)
    {
        var configured = configuration["Site:BaseUrl"];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return new SiteAddress((string?)null);
        }

        if (!Uri.TryCreate(configured.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            throw new Data.DatabaseConfigurationException(
                $"Site:BaseUrl is '{configured}'; it must be an absolute http or https address without a query, such as https://wsis.example.org.");
        }

        return new SiteAddress(uri.GetLeftPart(UriPartial.Path).TrimEnd('/'));
    }
}
