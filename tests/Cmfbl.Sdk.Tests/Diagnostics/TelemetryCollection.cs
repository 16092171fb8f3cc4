namespace Cmfbl.Sdk.Tests.Diagnostics;

/// <summary>
/// Telemetry tests listen to the SDK's process-wide ActivitySource and Meter, so they run alone: no other test's
/// calls can add spans or measurements while they count.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry";
}
