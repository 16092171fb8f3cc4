namespace Cmfbl.Sdk.Streams;

/// <summary>Settings of the message push WebSocket.</summary>
public sealed class MessageStreamOptions : StreamChannelOptions
{
    /// <summary>Gets or sets the <c>{appId}</c> of the default address, as the vendor issued it. Needed unless <see cref="StreamChannelOptions.Address"/> is set.</summary>
    public string? AppId { get; set; }

    /// <summary>Gets or sets how often <c>ping</c> is sent. The default value is 15 seconds (the vendor's order-process page).</summary>
    public override TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Gets or sets the watchdog. The default value is <see langword="null"/>: the service's answer to <c>ping</c> is not documented, so only WebSocket pings detect a dead connection (.NET 9 and later).</summary>
    public override TimeSpan? HeartbeatTimeout { get; set; }

    /// <summary>Gets or sets the <c>device</c> value sent in every frame. The default value is 1.</summary>
    public int Device { get; set; } = 1;

    /// <summary>
    /// Gets or sets how long to wait for <c>subscribe_success</c> after subscribing. The default value is 10 seconds.
    /// A <c>subscribe_asset</c> left unanswered this long reopens the connection (reported as
    /// <see cref="StreamState.Reconnecting"/>, then <see cref="StreamState.Resubscribed"/>).
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
