using Microsoft.AspNetCore.Localization;

namespace WsisEvents.Web.Localization;

/// <summary>Addresses per language: <c>/fr/meetings</c> is <c>/meetings</c> in French. The language's segment moves
/// from the path into the path base, so that routing, the output cache's key, the status-code pages and every address
/// the app builds from the path base (links, redirects, absolute links in feeds) stay in the reader's language, and
/// English keeps today's addresses.</summary>
public static class LanguageAddresses
{
    private const string LanguageItem = "WsisEvents.Language";

    public static WebApplication UseLanguageAddresses(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var request = context.Request;
            if (TrySplit(request.Path, out var language, out var rest))
            {
                if (language.IsDefault)
                {
                    // /en/meetings is /meetings: English has no prefix, and one address per page.
                    context.Response.Redirect(request.PathBase + rest + request.QueryString, permanent: true);
                    return Task.CompletedTask;
                }

                context.Items[LanguageItem] = language;
                request.PathBase += "/" + language.Code;
                request.Path = rest;
            }

            return next(context);
        });

        app.UseRequestLocalization(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Languages.Default.Culture);
            options.SupportedCultures = [.. Languages.All.Select(l => l.Culture)];
            options.SupportedUICultures = options.SupportedCultures;
            options.FallBackToParentCultures = false;
            options.RequestCultureProviders = [new AddressCultureProvider()];
        });
        return app;
    }

    /// <summary>The language the request's address is in.</summary>
    public static Language Language(this HttpContext context) =>
        context.Items.TryGetValue(LanguageItem, out var language) ? (Language)language! : Languages.Default;

    /// <summary>The path base without the language's segment: where the site itself is mounted.</summary>
    public static PathString SitePathBase(this HttpRequest request)
    {
        var prefix = request.HttpContext.Language().Prefix;
        var pathBase = request.PathBase.Value ?? "";
        return prefix.Length > 0 && pathBase.EndsWith(prefix, StringComparison.Ordinal) ? new PathString(pathBase[..^prefix.Length]) : request.PathBase;
    }

    private static bool TrySplit(PathString path, out Language language, out PathString rest)
    {
        language = Languages.Default;
        rest = path;
        var value = path.Value;
        if (value is null || value.Length < 3)
        {
            return false;
        }

        var end = value.IndexOf('/', 1);
        var segment = end < 0 ? value[1..] : value[1..end];
        if (Languages.Find(segment) is not { } found || segment != found.Code)
        {
            return false;
        }

        language = found;
        rest = end < 0 ? new PathString("/") : new PathString(value[end..]);
        return true;
    }

    /// <summary>The address decides the language of a page: a French reader of an English address is shown the
    /// English page (with the switcher to go to the French one), so that an address means one page for everyone and
    /// for the cache.</summary>
    private sealed class AddressCultureProvider : RequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
            Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(httpContext.Language().Culture.Name));
    }
}
