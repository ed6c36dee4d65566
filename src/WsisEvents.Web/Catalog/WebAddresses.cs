namespace WsisEvents.Web.Catalog;

public static class WebAddresses
{
    public const string Message = "The website must be an address starting with https:// or http://.";

    /// <summary>An absolute http or https address: what a website field may hold, so that no javascript: or data:
    /// address reaches a link, a calendar or the structured data.</summary>
    public static bool IsWebAddress(string address) => Normalize(address) is not null;

    /// <summary>The address as the URI parser writes it (white space and control characters escaped, so that it can
    /// go into a calendar line as it is), or null if it is not an http or https address.</summary>
    public static string? Normalize(string? address) =>
        Uri.TryCreate(address?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;
}
