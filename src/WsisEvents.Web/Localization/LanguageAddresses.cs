using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

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
            var prefixed = TrySplit(request.Path, out var language, out var rest);
            if (prefixed)
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
            else if (IsApi(request) && ApiLanguage(request) is { } asked)
            {
                if (asked.Language is null)
                {
                    return Results.Problem(
                        statusCode: StatusCodes.Status400BadRequest,
                        title: "Unknown language",
                        detail: $"'lang' is '{asked.Given}'; it must be one of {string.Join(", ", Languages.All.Select(l => l.Code))}.").ExecuteAsync(context);
                }

                context.Items[LanguageItem] = asked.Language;
            }

            if (!prefixed && IsApi(request) && !request.Query.ContainsKey("lang"))
            {
                // An API address without a language answers as its Accept-Language says; shared caches must know.
                context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
            }

            context.Response.Headers.ContentLanguage = context.Language().Code;
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

    /// <summary>The API's language when its address has none: <c>lang</c> (a wrong one is refused), else the first
    /// language of <c>Accept-Language</c> the site speaks, by quality; null for English by default.</summary>
    private static (string Given, Language? Language)? ApiLanguage(HttpRequest request)
    {
        if (request.Query.TryGetValue("lang", out var given))
        {
            var value = given.Count == 1 ? given[0]?.Trim() ?? "" : string.Join(",", given.ToArray());
            return (value, Languages.Find(value));
        }

        var spoken = request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is not 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => Languages.Find(l.Value.Value?.Split('-')[0]))
            .FirstOrDefault(l => l is not null);
        return spoken is null ? null : (spoken.Code, spoken);
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    /// <summary>The language the request is answered in: its address's, or for the API the one it asked for.</summary>
    public static Language Language(this HttpContext context) =>
        context.Items.TryGetValue(LanguageItem, out var language) ? (Language)language! : Languages.Default;

    /// <summary>The <c>lang</c> to write on an element holding a text in <paramref name="textLanguage"/>: none when it
    /// is the page's own language, else that language's code, so that screen readers switch voice and a reader can see
    /// the text is untranslated. Its <c>dir</c> is <see cref="Languages.DirectionOf"/> of the same value.</summary>
    public static string? LangOf(this HttpContext context, string textLanguage) =>
        textLanguage == context.Language().Code ? null : textLanguage;

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
    /// for the cache. The API also hears <c>lang</c> and <c>Accept-Language</c>, and its cache entries are kept per
    /// language (OutputCaching).</summary>
    private sealed class AddressCultureProvider : RequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
            Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(httpContext.Language().Culture.Name));
    }
}
