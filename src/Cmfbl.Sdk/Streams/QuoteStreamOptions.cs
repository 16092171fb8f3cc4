namespace Cmfbl.Sdk.Streams;

/// <summary>Settings of the quote WebSocket.</summary>
public sealed class QuoteStreamOptions : StreamChannelOptions
{
    /// <summary>Gets or sets how often the heartbeat (protocol 14008) is sent. The default value is 10 seconds (the service disconnects after 30 s without one).</summary>
    public override TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets the watchdog: the service answers every heartbeat (14009), so a connection silent this long is dead. The default value is 30 seconds.</summary>
    public override TimeSpan? HeartbeatTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets the most products one connection carries; more open more connections. The default value is 100, the service's limit.</summary>
    public int MaxSymbolsPerConnection { get; set; } = 100;

    /// <summary>Gets or sets the most requests one connection sends per second (subscriptions, heartbeats, K-line queries). The default value is 50, the service's limit.</summary>
    public int MaxCallsPerSecond { get; set; } = 50;

    /// <summary>
    /// Gets or sets how long to wait for the answer to a subscription or K-line query. The default value is 10 seconds.
    /// A subscription left unanswered this long reopens its connection (reported as <see cref="StreamState.Reconnecting"/>,
    /// then <see cref="StreamState.Resubscribed"/>); an unanswered K-line query throws <see cref="Errors.CmfblServiceUnavailableException"/>.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
