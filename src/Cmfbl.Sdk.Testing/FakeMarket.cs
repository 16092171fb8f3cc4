using Cmfbl.Sdk.Testing.Internal.Streams;

namespace Cmfbl.Sdk.Testing;

/// <summary>
/// The fake's quotes. Changing one pushes it at once to every quote connection subscribed to the product:
/// <c>p(…)</c> for tickers (14000), <c>pd(…)</c> for the order book (14010), <c>pr(…)</c> for 24-hour statistics (14016).
/// Seeded with three products on trade type 1: 1 (BTCUSDT, 65000.00 / 65000.50), 2 (ETHUSDT, 3500.10 / 3500.30) and
/// 3 (EURUSD, 1.08512 / 1.08519), and the spot product 4 on trade type 5 (BTC_USDT, 65000.00 / 65000.50). Moving a
/// quote fills the pending orders and triggers the stop-losses and take-profits it reaches. Subscribing to a product the fake has no quote for (never set, or <see cref="Delist">delisted</see>) is refused with <c>ret</c> 202.
/// </summary>
/// <example>
/// <code>
/// server.Streams.Market.SetQuote(1, bid: 65010.00m, ask: 65010.50m);
/// </code>
/// </example>
public sealed class FakeMarket
{
    private readonly FakeMarketBook _book;

    internal FakeMarket(FakeMarketBook book) => _book = book;

    /// <summary>Sets (or adds) the quote of a product and pushes it to the subscribed connections.</summary>
    /// <param name="symbolId">The product id (<c>symbol_id</c>).</param>
    /// <param name="bid">The best bid; its scale is the product's price digits.</param>
    /// <param name="ask">The best ask.</param>
    /// <param name="price">The last price, or <see langword="null"/> for the mid price.</param>
    /// <param name="tradeType">The trade type (<c>trade_type</c>). The default is 1 (contracts, cross margin).</param>
    /// <exception cref="ArgumentOutOfRangeException">The id is not positive, a price is not positive, or the ask is below the bid.</exception>
    public void SetQuote(long symbolId, decimal bid, decimal ask, decimal? price = null, int tradeType = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(symbolId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bid);
        ArgumentOutOfRangeException.ThrowIfLessThan(ask, bid);
        if (price is { } last)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(last, nameof(price));
        }

        _book.Set(symbolId, tradeType, bid, ask, price);
    }

    /// <summary>
    /// Delists a product: its quote is removed, so nothing more is pushed for it, and every later subscription naming
    /// it is refused with <c>ret</c> 202 — including the one a client sends again when it reconnects, which is how a
    /// client meets a product delisted (or a market-data right lost) while it was disconnected.
    /// </summary>
    /// <param name="symbolId">The product id; it must have a quote.</param>
    /// <param name="tradeType">The trade type. The default is 1.</param>
    /// <exception cref="ArgumentException">The product has no quote.</exception>
    /// <example>
    /// <code>
    /// server.Streams.Market.Delist(1);
    /// server.Streams.DropConnections(FakeStreamChannel.Quotes);   // the resubscription of product 1 is refused
    /// </code>
    /// </example>
    public void Delist(long symbolId, int tradeType = 1)
    {
        if (!_book.Remove(symbolId, tradeType))
        {
            throw new ArgumentException($"The fake has no quote for product {symbolId} (trade type {tradeType}).", nameof(symbolId));
        }
    }

    /// <summary>Pushes a trade (<c>pt(…)</c>) of a product to the connections subscribed to its order book.</summary>
    /// <param name="symbolId">The product id; it must have a quote.</param>
    /// <param name="price">The traded price.</param>
    /// <param name="volume">The traded volume.</param>
    /// <param name="direction">The aggressor side: 1 buy, 2 sell, 0 not stated. The default is 1.</param>
    /// <param name="tradeType">The trade type. The default is 1.</param>
    /// <exception cref="ArgumentException">The product has no quote.</exception>
    public void PushTrade(long symbolId, decimal price, decimal volume, int direction = 1, int tradeType = 1) =>
        _book.Trade(symbolId, tradeType, price, volume, direction);
}
