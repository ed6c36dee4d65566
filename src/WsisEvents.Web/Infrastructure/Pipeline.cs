namespace WsisEvents.Web.Infrastructure;

public static class Pipeline
{
    public static WebApplication UseCatalogPipeline(this WebApplication app)
    {
        app.UseMiddleware<RequestLoggingMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseStaticFiles();
        app.UseRouting();

        app.MapHealthChecks("/health");
        app.MapControllerRoute(name: "default", pattern: "{controller=Home}/{action=Index}/{id?}");
        return app;
    }
}
