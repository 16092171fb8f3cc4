using Cmfbl.Sdk.Models;

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>What the message connection needs from its stream: the trading modes to subscribe, where events go, and a word when it stops.</summary>
internal interface IMessageConnectionOwner
{
    (long Version, IReadOnlySet<TradeType> TradeTypes) Intent();

    ValueTask PublishAsync(MessageEvent message, CancellationToken cancellationToken);

    void OnConnectionClosed(MessageConnection connection, Errors.CmfblException? error);
}
