namespace Cmfbl.Sdk.Streams;

/// <summary>Settings every push channel has: its address, heartbeat and buffer.</summary>
public abstract class StreamChannelOptions
{
    /// <summary>
    /// Gets or sets the channel's WebSocket address (<c>wss://…</c>; <c>ws://</c> only on loopback with
    /// <see cref="CmfblOptions.AllowInsecureLoopback"/>). When not set it is derived from the API's host root
    /// (<c>https</c> becomes <c>wss</c>): quotes <c>{Client API host}/apiQuote/</c> (the SDK adds <c>quote</c>,
    /// <c>quote_guest</c> or <c>quote_stock</c>), messages <c>{host}/openapi-c/openMsg/{AppId}</c>, Manager events
    /// <c>{Manager API host}/openapi-b/ws</c>.
    /// </summary>
    public Uri? Address { get; set; }

    /// <summary>Gets or sets how often the SDK sends the channel's heartbeat.</summary>
    public abstract TimeSpan HeartbeatInterval { get; set; }

    /// <summary>
    /// Gets or sets how long a connection may receive nothing at all before the SDK counts it as dead and reconnects
    /// (the heartbeat watchdog), or <see langword="null"/> to rely on WebSocket pings alone. On .NET 9 and later the
    /// SDK also sends WebSocket pings every <see cref="HeartbeatInterval"/> and drops a connection whose pong does not
    /// come within this time (or three intervals when it is <see langword="null"/>).
    /// </summary>
    public abstract TimeSpan? HeartbeatTimeout { get; set; }

    /// <summary>
    /// Gets or sets how many events wait for a slow consumer, per subscription. The default value is 1024. Quote ticks
    /// are kept one per product and kind on top of this (latest wins); trade fills and Manager events are never
    /// dropped: when the buffer is full the stream stops reading the socket until the consumer catches up.
    /// </summary>
    public int Capacity { get; set; } = 1024;
}
