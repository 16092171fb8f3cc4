using Cmfbl.Sdk.Errors;

namespace Cmfbl.Sdk.Streams;

/// <summary>A change of a stream connection's state, raised by <see cref="ICmfblStream.StateChanged"/>.</summary>
public sealed class StreamStateChangedEventArgs : EventArgs
{
    /// <summary>Initializes a new instance of the <see cref="StreamStateChangedEventArgs"/> class.</summary>
    /// <param name="channel">The push channel.</param>
    /// <param name="connectionId">Which connection of the stream changed (a quote stream opens one per 100 symbols).</param>
    /// <param name="state">The new state.</param>
    /// <param name="at">When it changed, from the SDK's <see cref="TimeProvider"/>.</param>
    public StreamStateChangedEventArgs(StreamChannel channel, int connectionId, StreamState state, DateTimeOffset at)
    {
        Channel = channel;
        ConnectionId = connectionId;
        State = state;
        At = at;
    }

    /// <summary>Gets the push channel.</summary>
    public StreamChannel Channel { get; }

    /// <summary>Gets the number of the connection within its stream, starting at 1.</summary>
    public int ConnectionId { get; }

    /// <summary>Gets the new state.</summary>
    public StreamState State { get; }

    /// <summary>Gets when the state changed.</summary>
    public DateTimeOffset At { get; }

    /// <summary>Gets the number of the connection attempt (1 for the first) for <see cref="StreamState.Connecting"/> and <see cref="StreamState.Reconnecting"/>; 0 otherwise.</summary>
    public int Attempt { get; init; }

    /// <summary>
    /// Gets, for <see cref="StreamState.Resubscribed"/>, the window in which pushes may have been missed. Trade fills and
    /// Manager events are never dropped by the SDK itself, but the service may not resend what it pushed while the
    /// connection was down (the Manager channel does resend to a durable <c>group</c>; see docs/streams.md).
    /// </summary>
    public StreamGap? Gap { get; init; }

    /// <summary>
    /// Gets what caused a <see cref="StreamState.Reconnecting"/> or <see cref="StreamState.Closed"/>: the connection
    /// dropped (<see cref="CmfblServiceUnavailableException"/>), the socket fell silent, a frame could not be read
    /// (<see cref="CmfblProtocolException"/>), the credentials were refused (<see cref="CmfblAuthenticationException"/>)
    /// or the service refused what was left to subscribe (<see cref="CmfblApiException"/>). For
    /// <see cref="StreamState.Connected"/> and <see cref="StreamState.Resubscribed"/>: the <see cref="CmfblApiException"/>
    /// the service refused some subscriptions with (they ended with it; the others are in place), otherwise
    /// <see langword="null"/>. <see langword="null"/> for a normal close.
    /// </summary>
    public CmfblException? Error { get; init; }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Channel} #{ConnectionId} {State} at {At:O}{(Attempt > 0 ? $" (attempt {Attempt})" : string.Empty)}{(Gap is { } gap ? $", gap {gap.Duration.TotalSeconds:0.###} s" : string.Empty)}{(Error is { } error ? $": {error.Message}" : string.Empty)}";
}
