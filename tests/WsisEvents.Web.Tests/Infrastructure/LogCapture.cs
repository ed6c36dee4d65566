using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace WsisEvents.Web.Tests.Infrastructure;

/// <summary>Every event that the app's Serilog pipeline writes, for tests that check what the app logs: registered as
/// a service, it is one of the app's sinks (Serilog reads sinks from the services), after the configured levels.</summary>
public sealed class LogCapture : ILogEventSink
{
    private static readonly MessageTemplateTextFormatter Text = new("{Message:lj}", CultureInfo.InvariantCulture);

    public ConcurrentQueue<LogEntry> Entries { get; } = new();

    /// <summary>Adds the capture to an app's sinks, with the levels from <paramref name="minimumLevel"/> up.</summary>
    public void AttachTo(IWebHostBuilder builder, LogEventLevel minimumLevel) => builder
        .UseSetting("Serilog:MinimumLevel:Default", minimumLevel.ToString())
        .ConfigureServices(services => services.AddSingleton<ILogEventSink>(this));

    public void Emit(LogEvent logEvent)
    {
        using var message = new StringWriter(CultureInfo.InvariantCulture);
        Text.Format(logEvent, message);
        Entries.Enqueue(new LogEntry(
            logEvent.Properties.TryGetValue("SourceContext", out var source) && source is ScalarValue { Value: string category } ? category : "",
            logEvent.Level,
            message.ToString(),
            logEvent.Properties.ToDictionary(p => p.Key, p => p.Value is ScalarValue scalar ? scalar.Value : p.Value.ToString())));
    }

    /// <summary>One event: its source (the logger's category), level, message as the console shows it, and properties,
    /// scalars as their values.</summary>
    public sealed record LogEntry(string Category, LogEventLevel Level, string Message, IReadOnlyDictionary<string, object?> Properties);
}
