using Serilog;
using WsisEvents.Web;
using WsisEvents.Web.Cli;
using WsisEvents.Web.Controllers.Api;
using WsisEvents.Web.Infrastructure;

var invocation = CommandLine.Parse(args);
var builder = WebApplication.CreateBuilder(invocation.HostArgs);
if (invocation.Command is not null)
{
    CommandLine.QuietenHostForCommands(builder.Configuration);
}

builder.AddCatalogLogging();
try
{
    builder.AddCatalogServices();
    builder.AddRequestLimits();
    builder.Services.AddApiReference();

    var app = builder.Build();
    if (invocation.Command is not null)
    {
        return await CommandLine.RunAsync(app.Services, invocation, Console.Out, Console.Error);
    }

    app.UseCatalogPipeline();
    app.MapApiReference();
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is DatabaseUnavailableException or DatabaseConfigurationException or Microsoft.Extensions.Options.OptionsValidationException)
{
    Log.Fatal("The site cannot start: {Reason}", ex.Message);
    return 2;
}
catch (Exception ex) when (ex is not OperationCanceledException and not HostAbortedException)
{
    // The host's own report of a failed start is silenced in appsettings; this one says it once, in full.
    // (HostAbortedException is how WebApplicationFactory stops the program once it has the host it came for.)
    Log.Fatal(ex, "The site stopped because of an error at start-up or while running");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>The entry point; public so that tests can host the app with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
