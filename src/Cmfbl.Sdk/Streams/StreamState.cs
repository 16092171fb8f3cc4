namespace Cmfbl.Sdk.Streams;

/// <summary>The state of one stream connection, as reported by <see cref="ICmfblStream.StateChanged"/>.</summary>
public enum StreamState
{
    /// <summary>The first connection is being opened (handshake, login, subscriptions).</summary>
    Connecting,

    /// <summary>
    /// The first connection is open, authenticated, and every subscription asked for is in place — except those the
    /// service refused, which ended with the refusal that <see cref="StreamStateChangedEventArgs.Error"/> then carries.
    /// </summary>
    Connected,

    /// <summary>
    /// The connection was lost (or never came up) and the SDK is opening a new one. From here until
    /// <see cref="Resubscribed"/> pushes may be missed: a gap is open.
    /// </summary>
    Reconnecting,

    /// <summary>
    /// A new connection is open and every subscription the caller still wants was sent again and accepted. The
    /// event's <see cref="StreamStateChangedEventArgs.Gap"/> says when data may have been missed. When the service refused
    /// some of them this time, they ended with that refusal (their enumerations throw it) and
    /// <see cref="StreamStateChangedEventArgs.Error"/> carries it.
    /// </summary>
    Resubscribed,

    /// <summary>The connection was closed for good: the stream was disposed, nothing is subscribed any more, or the
    /// service refused the credentials or everything the connection had to subscribe
    /// (<see cref="StreamStateChangedEventArgs.Error"/> says which).</summary>
    Closed,
}
