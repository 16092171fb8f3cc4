using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;

namespace Cmfbl.Sdk.Diagnostics.Internal;

/// <summary>The SDK's one ActivitySource and Meter, and its instruments.</summary>
internal static class SdkDiagnostics
{
    private static readonly string Version = typeof(SdkDiagnostics).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public static readonly ActivitySource Source = new(CmfblTelemetry.SourceName, Version);

    public static readonly Meter Meter = new(CmfblTelemetry.MeterName, Version);

    public static readonly Histogram<double> CallDuration = Meter.CreateHistogram<double>(
        CmfblTelemetry.CallDurationInstrument, unit: "s", description: "Duration of SDK operations, all attempts included.");

    public static readonly Counter<long> CallErrors = Meter.CreateCounter<long>(
        CmfblTelemetry.CallErrorsInstrument, unit: "{error}", description: "SDK operations that failed, by result code.");
}
