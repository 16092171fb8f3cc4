namespace Cmfbl.Sdk.Streams;

/// <summary>What to subscribe to on a quote stream: products, channels and, for the order book, its shape.</summary>
/// <remarks>
/// The quote service replaces a connection's subscription with each request; the stream keeps the union of what every
/// active subscription wants and sends it whole, so subscriptions never undo each other and come back after a
/// reconnect. More than <see cref="QuoteStreamOptions.MaxSymbolsPerConnection"/> products are spread over more
/// connections.
/// </remarks>
public sealed record QuoteSubscription
{
    /// <summary>Gets the products. At least one; each product once.</summary>
    public required IReadOnlyList<QuoteSymbol> Symbols { get; init; }

    /// <summary>Gets the products' trading model (<c>trade_mode</c>). The default value is <see cref="QuoteTradeMode.MarketMaker"/>.</summary>
    public QuoteTradeMode TradeMode { get; init; } = QuoteTradeMode.MarketMaker;

    /// <summary>Gets the channels. The default value is <see cref="QuoteChannels.Tickers"/>.</summary>
    public QuoteChannels Channels { get; init; } = QuoteChannels.Tickers;

    /// <summary>Gets the order-book depth for <see cref="QuoteChannels.Market"/> (<c>depth_level</c>, 1 to 10), or <see langword="null"/> for the service's default (one level).</summary>
    public int? DepthLevel { get; init; }

    /// <summary>Gets the price precision the order book is merged to for <see cref="QuoteChannels.Market"/> (<c>merge_accuracy</c>, for example <c>"0.01"</c> or <c>"10"</c>), or <see langword="null"/> to leave it out.</summary>
    public string? MergeAccuracy { get; init; }

    /// <summary>Gets how many recent trades the <see cref="QuoteChannels.Market"/> snapshot carries (<c>trade_info_count</c>). The default value is 20.</summary>
    public int TradeInfoCount { get; init; } = 20;
}
