namespace WsisEvents.Web.Infrastructure;

public static class Pipeline
{
    public static WebApplication UseCatalogPipeline(this WebApplication app)
    {
        app.UseTrustedProxies();
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<HeadRequestMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseMiddleware<NulCharacterMiddleware>();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseCatalogCaching();

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
