using System.Diagnostics.Metrics;
using Cmfbl.Sdk.Diagnostics;
using Cmfbl.Sdk.Diagnostics.Internal;

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>The streams' instruments on the SDK's meter, tagged with the channel.</summary>
internal static class StreamDiagnostics
{
    public static readonly Counter<long> Messages = SdkDiagnostics.Meter.CreateCounter<long>(
        CmfblTelemetry.StreamMessagesInstrument, unit: "{message}", description: "Frames received on the push streams.");

    public static readonly Counter<long> Reconnects = SdkDiagnostics.Meter.CreateCounter<long>(
        CmfblTelemetry.StreamReconnectsInstrument, unit: "{reconnect}", description: "Stream connections lost and opened again.");

    public static readonly Counter<long> Dropped = SdkDiagnostics.Meter.CreateCounter<long>(
        CmfblTelemetry.StreamDroppedInstrument, unit: "{event}", description: "Quote events replaced by a newer one (latest wins) or dropped from a full trade queue because the consumer was slow.");

    public static readonly Counter<long> Malformed = SdkDiagnostics.Meter.CreateCounter<long>(
        CmfblTelemetry.StreamMalformedInstrument, unit: "{frame}", description: "Frames that could not be read.");

    public static KeyValuePair<string, object?> Tag(StreamChannel channel) => new(CmfblTelemetry.StreamChannelTag, ChannelName(channel));

    public static string ChannelName(StreamChannel channel) => channel switch
    {
        StreamChannel.Quotes => "quotes",
        StreamChannel.Messages => "messages",
        _ => "manager_events",
    };
}
