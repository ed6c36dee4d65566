using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace WsisEvents.Web.Infrastructure;

/// <summary>X-Forwarded-For and X-Forwarded-Proto, believed only from the proxies that
/// <c>ForwardedHeaders:KnownProxies</c> (addresses) and <c>ForwardedHeaders:KnownNetworks</c> (CIDR ranges) name:
/// behind a TLS-terminating proxy the site then sees https (Secure cookies, https links) and the client's address
/// (rate limits, logs). From any other address the headers are ignored; with neither setting, always.</summary>
public static class TrustedProxies
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Values(configuration.GetSection("ForwardedHeaders:KnownProxies"))
            .Select(p => IPAddress.TryParse(p, out var address) ? address : throw Invalid("KnownProxies", p, "an IP address such as 10.0.0.5"))
            .ToList();
        var networks = Values(configuration.GetSection("ForwardedHeaders:KnownNetworks"))
            .Select(n => System.Net.IPNetwork.TryParse(n, out var network) ? network : throw Invalid("KnownNetworks", n, "a CIDR range such as 10.0.0.0/8"))
            .ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

            // The framework's defaults trust the loopback address; only what is configured is trusted here.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
        services.AddSingleton(new Configured(proxies.Count + networks.Count > 0));
        return services;
    }

    /// <summary>Only with proxies configured: the middleware with empty lists would believe every sender.</summary>
    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        if (app.Services.GetRequiredService<Configured>().Any)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }

    /// <summary>A list given as an array (<c>ForwardedHeaders__KnownProxies__0</c>) or in one value, separated by
    /// commas or spaces.</summary>
    private static IEnumerable<string> Values(IConfigurationSection section) =>
        new[] { section.Value }.Concat(section.GetChildren().Select(c => c.Value))
            .SelectMany(v => (v ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static Data.DatabaseConfigurationException Invalid(string setting, string value, string expected) =>
        new($"ForwardedHeaders:{setting} has '{value}'; each entry must be {expected}.");

    private sealed record Configured(bool Any);
}
