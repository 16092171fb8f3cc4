namespace Cmfbl.Sdk.Diagnostics;

/// <summary>
/// The names under which the SDK reports traces and metrics. Add them to OpenTelemetry with
/// <c>.AddSource(CmfblTelemetry.SourceName)</c> and <c>.AddMeter(CmfblTelemetry.MeterName)</c>.
/// </summary>
public static class CmfblTelemetry
{
    /// <summary>The name of the <see cref="System.Diagnostics.ActivitySource"/>: one span per operation.</summary>
    public const string SourceName = "Cmfbl.Sdk";

    /// <summary>The name of the <see cref="System.Diagnostics.Metrics.Meter"/>.</summary>
    public const string MeterName = "Cmfbl.Sdk";

    /// <summary>The histogram of call durations, in seconds, tagged with <c>cmfbl.biz_type</c>, <c>cmfbl.family</c> and <c>cmfbl.result_code</c>.</summary>
    public const string CallDurationInstrument = "cmfbl.client.call.duration";

    /// <summary>The counter of failed calls, tagged with <c>cmfbl.biz_type</c>, <c>cmfbl.family</c> and <c>cmfbl.result_code</c>.</summary>
    public const string CallErrorsInstrument = "cmfbl.client.call.errors";

    /// <summary>The tag (span attribute and metric dimension) holding the vendor operation.</summary>
    public const string BizTypeTag = "cmfbl.biz_type";

    /// <summary>The tag holding the API family (<c>Manager</c>, <c>Client</c>).</summary>
    public const string FamilyTag = "cmfbl.family";

    /// <summary>The tag holding the result code: <c>0</c> on success, the vendor error code, or the SDK's failure kind.</summary>
    public const string ResultCodeTag = "cmfbl.result_code";

    /// <summary>The span attribute holding the vendor <c>trace</c> id (never a metric dimension).</summary>
    public const string TraceTag = "cmfbl.trace";

    /// <summary>The counter of frames received on the push streams, tagged with <c>cmfbl.stream.channel</c>.</summary>
    public const string StreamMessagesInstrument = "cmfbl.stream.messages";

    /// <summary>The counter of stream connections lost and opened again, tagged with <c>cmfbl.stream.channel</c>.</summary>
    public const string StreamReconnectsInstrument = "cmfbl.stream.reconnects";

    /// <summary>The counter of quote events dropped for a slow consumer (a newer one replaced it, or the trade queue was full), tagged with <c>cmfbl.stream.channel</c>.</summary>
    public const string StreamDroppedInstrument = "cmfbl.stream.dropped";

    /// <summary>The counter of frames that could not be read, tagged with <c>cmfbl.stream.channel</c>.</summary>
    public const string StreamMalformedInstrument = "cmfbl.stream.malformed";

    /// <summary>The tag holding the push channel: <c>quotes</c>, <c>messages</c> or <c>manager_events</c>.</summary>
    public const string StreamChannelTag = "cmfbl.stream.channel";
}
