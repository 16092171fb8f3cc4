using Cmfbl.Sdk.Models;

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>One active <see cref="IMessageStream.SubscribeAsync"/> enumeration: its trading modes and its queue.</summary>
internal sealed record MessageSubscriber(IReadOnlySet<TradeType> TradeTypes, OrderedEventQueue<MessageEvent> Queue)
{
    /// <summary>Floating P&amp;L goes only to subscribers of its trading mode; everything else to all.</summary>
    public bool Wants(MessageEvent message) => message is not FloatingPnlMessage pnl || TradeTypes.Contains(pnl.TradeType);
}
