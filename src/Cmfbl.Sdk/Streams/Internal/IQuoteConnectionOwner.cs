namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>What a quote connection needs from its stream: its intended subscriptions, where events go, and a word when it stops.</summary>
internal interface IQuoteConnectionOwner
{
    QuoteIntent IntentFor(QuoteConnection connection);

    void Publish(QuoteEvent quote);

    void OnConnectionClosed(QuoteConnection connection, Errors.CmfblException? error);
}
