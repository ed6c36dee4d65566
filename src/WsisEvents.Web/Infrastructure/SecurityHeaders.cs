namespace WsisEvents.Web.Infrastructure;

/// <summary>Security headers on every response, error pages and static files included (NetEscapades'
/// middleware, which sets them as the response starts). The policy allows no inline script or style and no framing;
/// images may be data: URIs (Bootstrap draws form controls with them). HSTS is sent over HTTPS only: over plain HTTP
/// a browser ignores it, and a site reached by plain HTTP alone must not be told otherwise.</summary>
public static class SecurityHeaders
{
    /// <summary>A year: the browser's memory that this site is HTTPS-only, renewed by every HTTPS response.</summary>
    private const int HstsMaxAgeSeconds = 365 * 24 * 60 * 60;

    public static WebApplication UseCatalogSecurityHeaders(this WebApplication app)
    {
        app.UseSecurityHeaders(new HeaderPolicyCollection()
            .AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().Self();
                csp.AddScriptSrc().Self();
                csp.AddStyleSrc().Self();
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
            .AddStrictTransportSecurityMaxAge(HstsMaxAgeSeconds));
        return app;
    }
}
