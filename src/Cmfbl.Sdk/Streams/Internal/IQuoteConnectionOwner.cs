namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>What a quote connection needs from its stream: its intended subscriptions, where events go, and a word when it stops.</summary>
internal interface IQuoteConnectionOwner
{
    QuoteIntent IntentFor(QuoteConnection connection);

    void Publish(QuoteEvent quote);

    /// <summary>
    /// The service refused part of what <paramref name="connection"/> sent again while opening (the intent of
    /// <paramref name="version"/>): the subscriptions of the refused protocols homed there end with the refusal and
    /// leave the intent. Returns whether the connection should send its intent again (something is left, and it changed).
    /// </summary>
    bool OnSubscriptionsRefused(QuoteConnection connection, long version, IReadOnlyList<QuoteRefusal> refusals);

    void OnConnectionClosed(QuoteConnection connection, Errors.CmfblException? error);
}
