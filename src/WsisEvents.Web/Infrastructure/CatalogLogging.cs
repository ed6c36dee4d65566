using Serilog;
using Serilog.Settings.Configuration;

namespace WsisEvents.Web.Infrastructure;

/// <summary>Serilog through Serilog.AspNetCore, configured from the "Serilog" section of appsettings, plus one
/// structured line per request.</summary>
public static class CatalogLogging
{
    /// <summary>The sinks the configuration may name, given rather than searched for in the dependency context (which
    /// is the test runner's own under WebApplicationFactory).</summary>
    private static readonly ConfigurationReaderOptions ReaderOptions = new(
        typeof(ConsoleLoggerConfigurationExtensions).Assembly,
        typeof(FileLoggerConfigurationExtensions).Assembly);

    public static WebApplicationBuilder AddCatalogLogging(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;

        // The static logger reports what happens outside the host: unusable settings found while the services are
        // registered, a failure to start, and the host's own end (Program.cs). It lives as long as the process.
        Log.Logger = new LoggerConfiguration().ReadFrom.Configuration(configuration, ReaderOptions).Enrich.FromLogContext().CreateLogger();

        // The host's logger, from the same section, disposed with the host; sinks registered as services (the tests'
        // own) receive its events too. The static logger is kept: several hosts in one process (tests) each have
        // their own, and a host that ends would otherwise silence the static logger for all of them.
        builder.Services.AddSerilog(
            (services, logger) => logger.ReadFrom.Configuration(configuration, ReaderOptions).ReadFrom.Services(services).Enrich.FromLogContext(),
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>One line per request, written when it completes: method, path, status and elapsed milliseconds, and
    /// the request id that the error page shows (lines logged during the request carry it through the host's logging
    /// scope). Outermost in the pipeline, so that it sees the status every other part settled on.</summary>
    public static WebApplication UseCatalogRequestLogging(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<Serilog.ILogger>();
        app.UseSerilogRequestLogging(options =>
        {
            // The host's own logger, not the static one, which another host in the same process (tests) may have replaced.
            options.Logger = logger;
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            options.EnrichDiagnosticContext = (diagnostics, context) => diagnostics.Set("RequestId", context.TraceIdentifier);
        });
        return app;
    }
}
