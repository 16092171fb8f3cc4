namespace Cmfbl.Sdk.Streams;

/// <summary>
/// An event of the Manager data push (<c>{"eventType": …, "data": {…}}</c>): a <see cref="ManagerEvent{TData}"/>
/// whose <c>TData</c> is the event's model, or a <see cref="ManagerStreamError"/> for a frame that could not be read.
/// </summary>
/// <example>
/// <code>
/// switch (e)
/// {
///     case ManagerEvent&lt;CustomerEventData&gt; { Kind: ManagerEventKind.Register } registered: …
///     case ManagerEvent&lt;TradeDealEventData&gt; deal: …
/// }
/// </code>
/// </example>
public abstract record ManagerEvent
{
    /// <summary>Gets the event type.</summary>
    public ManagerEventKind Kind { get; init; }

    /// <summary>Gets the <c>eventType</c> as sent (also for <see cref="ManagerEventKind.Unknown"/>); <see langword="null"/> when the frame had none.</summary>
    public string? EventType { get; init; }

    /// <summary>Gets when the SDK received the event (from its <see cref="TimeProvider"/>).</summary>
    public DateTimeOffset ReceivedAt { get; init; }
}
