namespace WsisEvents.Web.Infrastructure;

/// <summary>Security headers on every response, error pages and static files included (NetEscapades'
/// middleware, which sets them as the response starts). The policy allows no inline script or style and no framing;
/// images may be data: URIs (Bootstrap draws form controls with them). HSTS is sent over HTTPS only: over plain HTTP
/// a browser ignores it, and a site reached by plain HTTP alone must not be told otherwise.</summary>
public static class SecurityHeaders
{
    /// <summary>The policy of the API reference page (<c>/api/docs</c>), whose page is Scalar's: the same, except that
    /// its three script elements run by this response's nonce (no other inline script can), and that inline style is
    /// allowed there, because Scalar's bundle writes its style sheet into the page as style elements and style
    /// attributes that carry no nonce. That page holds no secret and no text from users: only the API's own
    /// document.</summary>
    public const string ApiReferencePolicy = "api-reference";

    /// <summary>The policy of a stored document file (<c>DocumentFilesController</c>): nothing may load or run from
    /// it, whatever it holds, and it may not be framed. Not <c>sandbox</c>, which would keep browsers from showing a
    /// PDF at all.</summary>
    public const string StoredFilePolicy = "stored-file";

    /// <summary>A year: the browser's memory that this site is HTTPS-only, renewed by every HTTPS response.</summary>
    private const int HstsMaxAgeSeconds = 365 * 24 * 60 * 60;

    public static IServiceCollection AddCatalogSecurityHeaders(this IServiceCollection services) =>
        services.AddSecurityHeaderPolicies(policies => policies
            .SetDefaultPolicy(Policy(withNonce: false))
            .AddPolicy(ApiReferencePolicy, Policy(withNonce: true))
            .AddPolicy(StoredFilePolicy, new HeaderPolicyCollection()
                .AddContentSecurityPolicy(csp =>
                {
                    csp.AddDefaultSrc().None();
                    csp.AddBaseUri().None();
                    csp.AddFormAction().None();
                    csp.AddFrameAncestors().None();
                })
                .AddContentTypeOptionsNoSniff()
                .AddFrameOptionsDeny()
                .AddReferrerPolicyNoReferrer()
                .AddStrictTransportSecurityMaxAge(HstsMaxAgeSeconds)));

    public static WebApplication UseCatalogSecurityHeaders(this WebApplication app)
    {
        app.UseSecurityHeaders();
        return app;
    }

    private static HeaderPolicyCollection Policy(bool withNonce) => new HeaderPolicyCollection()
        .AddContentSecurityPolicy(csp =>
        {
            csp.AddDefaultSrc().Self();
            var scripts = csp.AddScriptSrc().Self();
            var styles = csp.AddStyleSrc().Self();
            if (withNonce)
            {
                scripts.WithNonce();
                styles.UnsafeInline();
            }

            csp.AddImgSrc().Self().Data();
            csp.AddFontSrc().Self();
            csp.AddConnectSrc().Self();
            csp.AddObjectSrc().None();
            csp.AddBaseUri().Self();
            csp.AddFormAction().Self();
            csp.AddFrameAncestors().None();
        })
        .AddContentTypeOptionsNoSniff()
        .AddFrameOptionsDeny()
        .AddReferrerPolicyStrictOriginWhenCrossOrigin()
        .AddPermissionsPolicy(permissions =>
        {
            permissions.AddCamera().None();
            permissions.AddMicrophone().None();
            permissions.AddGeolocation().None();
        })
        .AddStrictTransportSecurityMaxAge(HstsMaxAgeSeconds);
}
