using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;
using WsisEvents.Web.Catalog;
using WsisEvents.Web.Localization;

namespace WsisEvents.Web.Infrastructure;

/// <summary>Public pages, feeds and API responses are kept in memory, compressed, and served without touching the
/// database until the catalog changes (<see cref="CacheEviction"/>). Only what the default policy allows is cached:
/// GET and HEAD, 200 answers without Set-Cookie, for requests that are not signed in and carry no Authorization
/// header; endpoints without one of these policies (the admin area, the account pages, errors, health) never are.</summary>
public static class OutputCaching
{
    /// <summary>A page whose address says everything: the query string is not part of the key, so that junk
    /// parameters cannot fill the cache with copies.</summary>
    public const string Page = "page";

    /// <summary>The meeting list, its API and feeds: one entry per value of each of <see cref="SearchParameters.All"/>
    /// that says it varies the cache.</summary>
    public const string MeetingList = "meeting-list";

    /// <summary>The outcome documents' list and its API.</summary>
    public const string DocumentList = "document-list";

    /// <summary>The organization directory and its API.</summary>
    public const string OrganizationList = "organization-list";

    public static IServiceCollection AddCatalogOutputCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOutputCache(options =>
        {
            // Bounded, so that many distinct filters cannot grow the process without limit: least recently used
            // entries go first. A list page is about 100 KB, 15 KB compressed.
            options.SizeLimit = configuration.GetValue("OutputCache:SizeLimitMegabytes", 64L) * 1024 * 1024;

            // Evictions keep entries right; the expiry only bounds how long an unused one stays.
            options.DefaultExpirationTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("OutputCache:ExpirationMinutes", 10));
            options.AddPolicy(Page, policy => Catalog(policy).SetVaryByQuery([]));
            options.AddPolicy(MeetingList, policy => Catalog(policy).SetVaryByQuery([.. SearchParameters.All.Where(p => p.VariesOutputCache).Select(p => p.Name)]));
            options.AddPolicy(DocumentList, policy => Catalog(policy).SetVaryByQuery([.. DocumentQuery.All.Select(p => p.Name)]));
            options.AddPolicy(OrganizationList, policy => Catalog(policy).SetVaryByQuery([.. OrganizationQuery.All.Select(p => p.Name)]));
        });

        // Compression runs inside the output cache (see UseCatalogCaching), which stores each encoding once; hence
        // the key's Accept-Encoding. A browser sends the same header every time, so a page has one or two entries.
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "text/calendar", "text/csv", "application/atom+xml", "application/problem+json"];
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        return services;
    }

    /// <summary>The output cache (unless <c>OutputCache:Enabled</c> is false, as for the benchmark's uncached
    /// pass), then compression. Must come after authentication, so that the cache knows who is signed in.</summary>
    public static WebApplication UseCatalogCaching(this WebApplication app)
    {
        if (app.Configuration.GetValue("OutputCache:Enabled", true))
        {
            app.UseOutputCache();
        }

        // BREACH: a compressed response that holds a secret and text an attacker chose leaks the secret through its
        // length. Public pages hold no secret for anonymous visitors (no antiforgery token, no personal data); signed-in
        // visitors get the sign-out form's token in every page, and the admin and account pages carry tokens next to
        // echoed input, so none of these is compressed.
        app.UseWhen(context => !IsPrivate(context), branch => branch.UseResponseCompression());
        return app;
    }

    private static bool IsPrivate(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true
        || context.Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase)
        || context.Request.Path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase);

    /// <remarks>Each entry is of one language: a page's is in its address already; the API's may come from
    /// <c>lang</c> or <c>Accept-Language</c>, whose many spellings would make many entries of four answers, so the key
    /// holds the language they resolved to (LanguageAddresses).</remarks>
    private static OutputCachePolicyBuilder Catalog(OutputCachePolicyBuilder policy) => policy
        .AddPolicy<GenerationCheck>()
        .Tag(CacheEviction.Tag)
        .SetVaryByHeader(HeaderNames.AcceptEncoding)
        .VaryByValue(context => new KeyValuePair<string, string>("language", context.Language().Code));

    /// <summary>Refuses to store a response when the catalog was evicted while it was being made: it may have been
    /// rendered from data read before the change, and would outlive the eviction.</summary>
    private sealed class GenerationCheck(CacheEviction eviction) : IOutputCachePolicy
    {
        private static readonly object Key = new();

        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            context.HttpContext.Items[Key] = eviction.Generation;
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            if (context.HttpContext.Items[Key] is not long generation || generation != eviction.Generation)
            {
                context.AllowCacheStorage = false;
            }

            return ValueTask.CompletedTask;
        }
    }
}
