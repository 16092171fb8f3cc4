namespace Cmfbl.Sdk.Streams;

/// <summary>
/// Something the message push delivered: <see cref="TradeMessage"/>, <see cref="NoticeMessage"/>,
/// <see cref="FloatingPnlMessage"/>, <see cref="SessionEndedMessage"/>, <see cref="UnknownMessage"/>, or
/// <see cref="MessageStreamError"/> for a frame that could not be read.
/// </summary>
public abstract record MessageEvent
{
    /// <summary>Gets the frame's <c>trace</c>, when it had one (quote it to the vendor's support).</summary>
    public string? Trace { get; init; }

    /// <summary>Gets the frame's send time (<c>timestamp</c>), when it had one.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>Gets when the SDK received the frame (from its <see cref="TimeProvider"/>).</summary>
    public DateTimeOffset ReceivedAt { get; init; }
}
