namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>One active <see cref="IQuoteStream.SubscribeAsync"/> enumeration: what it asked for and its queue.</summary>
internal sealed record QuoteSubscriber(QuoteSubscription Subscription, QuoteBuffer Buffer)
{
    public bool Wants(QuoteChannels channel) => (Subscription.Channels & channel) != 0;
}
