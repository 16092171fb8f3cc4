namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>
/// Who gets which quote event: an immutable map per protocol from product to subscribers, rebuilt when subscriptions
/// change and read without locks on every push. Error events go to every subscriber.
/// </summary>
internal sealed class QuoteRouter
{
    private readonly Dictionary<QuoteSymbol, QuoteSubscriber[]> _tickers;
    private readonly Dictionary<QuoteSymbol, QuoteSubscriber[]> _market;
    private readonly Dictionary<QuoteSymbol, QuoteSubscriber[]> _rolling;
    private readonly QuoteSubscriber[] _all;

    private QuoteRouter(IReadOnlyCollection<QuoteSubscriber> subscribers)
    {
        _all = [.. subscribers];
        _tickers = Map(subscribers, QuoteChannels.Tickers);
        _market = Map(subscribers, QuoteChannels.Market);
        _rolling = Map(subscribers, QuoteChannels.Rolling24Hours);
    }

    public static QuoteRouter Empty { get; } = new([]);

    public static QuoteRouter Build(IReadOnlyCollection<QuoteSubscriber> subscribers) => new(subscribers);

    public void Route(QuoteEvent quote)
    {
        var map = quote switch
        {
            QuoteTick => _tickers,
            QuoteDepth or QuoteTrade => _market,
            QuoteRollingStats => _rolling,
            _ => null,
        };
        var subscribers = map is null ? _all : map.GetValueOrDefault(quote.Symbol);
        if (subscribers is null)
        {
            return;
        }

        foreach (var subscriber in subscribers)
        {
            subscriber.Buffer.Write(quote);
        }
    }

    private static Dictionary<QuoteSymbol, QuoteSubscriber[]> Map(IReadOnlyCollection<QuoteSubscriber> subscribers, QuoteChannels channel) =>
        subscribers
            .Where(s => s.Wants(channel))
            .SelectMany(s => s.Subscription.Symbols.Select(symbol => (symbol, s)))
            .GroupBy(pair => pair.symbol, pair => pair.s)
            .ToDictionary(group => group.Key, group => group.ToArray());
}
