namespace Cmfbl.Sdk.Streams;

/// <summary>Settings of the Manager data push WebSocket.</summary>
public sealed class ManagerEventStreamOptions : StreamChannelOptions
{
    /// <summary>
    /// Gets or sets the durable consumer name used when <see cref="IManagerEventStream.SubscribeAsync"/> is not given
    /// one. It must be unique per connection (the service drops the older connection of a group); the service keeps a
    /// group's events for 168 hours and resends what it missed.
    /// </summary>
    public string? Group { get; set; }

    /// <summary>Gets or sets how often the text <c>ping</c> is sent. The default value is 10 seconds.</summary>
    public override TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets the watchdog. The default value is <see langword="null"/>: the service answers <c>ping</c> with a WebSocket pong, which applications cannot see, so only WebSocket pings detect a dead connection (.NET 9 and later).</summary>
    public override TimeSpan? HeartbeatTimeout { get; set; }
}
