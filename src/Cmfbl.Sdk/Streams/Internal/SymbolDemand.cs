namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>
/// How many active subscriptions want one product, per protocol, and the settings to send for it: the first
/// subscription's trade mode and merge precision, the deepest book and the most trades asked for.
/// </summary>
internal sealed class SymbolDemand(QuoteSubscription first)
{
    private readonly QuoteTradeMode _tradeMode = first.TradeMode;
    private int? _depthLevel;
    private string? _mergeAccuracy;
    private int _tradeInfoCount;

    public int Tickers { get; private set; }

    public int Market { get; private set; }

    public int Rolling { get; private set; }

    public bool IsEmpty => Tickers == 0 && Market == 0 && Rolling == 0;

    public void Add(QuoteSubscription subscription, int delta)
    {
        var channels = subscription.Channels;
        Tickers += (channels & QuoteChannels.Tickers) != 0 ? delta : 0;
        Rolling += (channels & QuoteChannels.Rolling24Hours) != 0 ? delta : 0;
        if ((channels & QuoteChannels.Market) == 0)
        {
            return;
        }

        Market += delta;
        if (delta > 0)
        {
            _depthLevel = subscription.DepthLevel is { } depth ? Math.Max(depth, _depthLevel ?? 0) : _depthLevel;
            _mergeAccuracy ??= subscription.MergeAccuracy;
            _tradeInfoCount = Math.Max(_tradeInfoCount, subscription.TradeInfoCount);
        }
    }

    public QuoteIntent.Entry Entry(QuoteSymbol symbol) => new(symbol, _tradeMode, _depthLevel, _mergeAccuracy, _tradeInfoCount);
}
