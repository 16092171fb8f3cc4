using Microsoft.Extensions.Logging;

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>What every stream of one SDK instance shares: options, clock, logger, socket factory, jitter.</summary>
internal sealed class StreamRuntime(CmfblOptions options, TimeProvider time, ILogger logger, IStreamSocketFactory sockets)
{
    public CmfblOptions Options { get; } = options;

    public StreamsOptions Streams => Options.Streams;

    public TimeProvider Time { get; } = time;

    public ILogger Logger { get; } = logger;

    public IStreamSocketFactory Sockets { get; } = sockets;

    /// <summary>Gets the source of backoff jitter; tests replace it with a seeded one.</summary>
    public Random Random { get; init; } = Random.Shared;
}
