using Serilog;
using Serilog.Settings.Configuration;

namespace WsisEvents.Web.Infrastructure;

/// <summary>Serilog, configured from the "Serilog" section of appsettings. Serilog.AspNetCore cannot be restored
/// from the package source this project builds from, so the pieces it would bring are wired here by hand: the
/// Microsoft.Extensions.Logging provider and one structured line per request (<see cref="RequestLoggingMiddleware"/>).</summary>
public static class CatalogLogging
{
    public static WebApplicationBuilder AddCatalogLogging(this WebApplicationBuilder builder)
    {
        var readerOptions = new ConfigurationReaderOptions(
            typeof(ConsoleLoggerConfigurationExtensions).Assembly,
            typeof(FileLoggerConfigurationExtensions).Assembly);
        Log.Logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration, readerOptions)
            .Enrich.FromLogContext()
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(Log.Logger, dispose: false);
        return builder;
    }
}
