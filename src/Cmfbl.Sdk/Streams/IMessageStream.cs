using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Models;

namespace Cmfbl.Sdk.Streams;

/// <summary>
/// A customer's message push (<c>wss://{host}/openapi-c/openMsg/{appId}</c>): fills and failures of their orders,
/// notices, forced logouts and the floating P&amp;L. Create one per customer with
/// <see cref="ICmfblStreams.CreateMessageStream"/>.
/// </summary>
/// <remarks>
/// One connection per stream: it logs in with the customer's token, subscribes the trading modes every active
/// subscription wants (<c>subscribe_asset</c>), pings every <see cref="StreamChannelOptions.HeartbeatInterval"/>, and
/// after a reconnect logs in and subscribes again. Events are never dropped by the SDK: when a consumer is slow the
/// stream stops reading the socket after <see cref="StreamChannelOptions.Capacity"/> events.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "A push stream of events, the vendor's and the domain's word; it is an IAsyncEnumerable source, not a System.IO.Stream.")]
public interface IMessageStream : ICmfblStream
{
    /// <summary>
    /// Subscribes to the customer's messages for <paramref name="tradeTypes"/> and returns them as they arrive. Ending
    /// the enumeration unsubscribes (<c>cancel_subscribe_asset</c> for modes no other subscription wants).
    /// </summary>
    /// <param name="tradeTypes">The trading modes (<c>tradeTypes</c>: 1 cross, 2 isolated, 5 spot, 6 stocks). At least one.</param>
    /// <param name="cancellationToken">Ends the enumeration.</param>
    /// <returns>The events; a frame that cannot be read arrives as a <see cref="MessageStreamError"/>. After a <see cref="SessionEndedMessage"/> the enumeration ends.</returns>
    /// <exception cref="ArgumentException">No trading mode is given.</exception>
    /// <exception cref="CmfblAuthenticationException">The service refused the token (<c>subscribe_fail</c>) and no new one could be obtained.</exception>
    IAsyncEnumerable<MessageEvent> SubscribeAsync(IEnumerable<TradeType> tradeTypes, CancellationToken cancellationToken = default);
}
