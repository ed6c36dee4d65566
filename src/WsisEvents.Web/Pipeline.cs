using WsisEvents.Web.Controllers;
using WsisEvents.Web.Infrastructure;
using WsisEvents.Web.Localization;

namespace WsisEvents.Web;

public static class Pipeline
{
    public static WebApplication UseCatalogPipeline(this WebApplication app)
    {
        app.UseTrustedProxies();
        app.UseCatalogRequestLogging();
        app.UseCatalogSecurityHeaders();

        // Before everything that builds an address or writes text: the language's segment becomes the path base.
        app.UseLanguageAddresses();
        app.UseMiddleware<HeadRequestMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseMiddleware<NulCharacterMiddleware>();
        app.UseRouting();

        // Only a request that carries credentials (a cookie or an Authorization header) can be signed in; the
        // anonymous majority, cached pages above all, skips the authentication handler (bench/RESULTS.md).
        app.UseWhen(context => context.Request.Headers.Cookie.Count > 0 || context.Request.Headers.Authorization.Count > 0,
            branch => branch.UseAuthentication());
        app.UseAuthorization();
        app.UseCatalogCaching();

        // After the output cache: the limits protect the work behind a search or a sign-in, which a cached answer
        // does not do again; a search the cache has not seen, or any sign-in, is still counted.
        app.UseRateLimiter();

        // Static files from the build's manifest: fingerprinted addresses with a year's Cache-Control, ETags, and
        // Brotli and gzip copies made at publish.
        app.MapStaticAssets();

        // Liveness: the process answers. Readiness: the database answers and has every migration.
        app.MapHealthChecks("/health", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready");
        app.MapControllerRoute(name: "default", pattern: "{controller=Home}/{action=Index}/{id?}");

        // Every controller, attribute-routed ones included, gets the manifest, so that `~/…` with asp-append-version
        // becomes the fingerprinted address.
        app.MapControllers().WithStaticAssets();
        return app;
    }
}
