using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Telemetry;

namespace Cmfbl.Sdk.Resilience.Internal;

/// <summary>
/// Polly's telemetry for the SDK's pipelines: the application's own settings (logger factory, enrichers, listeners,
/// severities), except that the routine events of every call (an attempt that needed no handling, the pipeline's
/// start and end) are reported at Debug instead of Information. Polly otherwise writes Information lines, with the
/// exception's stack trace, for every call, a business error the caller catches on purpose included; the SDK's own
/// log line already says how each call ended. Retries, an opened circuit and other handled events keep their
/// severity (Warning and above). Metrics are not affected.
/// </summary>
internal static class QuietResilienceTelemetry
{
    private static readonly string[] RoutineEvents = ["ExecutionAttempt", "PipelineExecuting", "PipelineExecuted"];

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, IServiceProvider services)
    {
        var configured = services.GetService<IOptions<TelemetryOptions>>()?.Value;
        var telemetry = configured is null ? new TelemetryOptions() : new TelemetryOptions(configured);
        if (telemetry.LoggerFactory is NullLoggerFactory)
        {
            // Unless the application chose Polly's logger factory, Polly logs where the application logs.
            telemetry.LoggerFactory = services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;
        }

        var severity = telemetry.SeverityProvider;
        telemetry.SeverityProvider = args =>
        {
            var level = severity?.Invoke(args) ?? args.Event.Severity;
            return level == ResilienceEventSeverity.Information && Array.IndexOf(RoutineEvents, args.Event.EventName) >= 0
                ? ResilienceEventSeverity.Debug
                : level;
        };
        builder.ConfigureTelemetry(telemetry);
    }
}
