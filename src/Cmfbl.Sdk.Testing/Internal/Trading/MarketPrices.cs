using Cmfbl.Sdk.Testing.Internal.Config;
using Cmfbl.Sdk.Testing.Internal.Streams;

namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>The prices trading uses, read from the fake's market: a product's quote on its trade type, else on trade type 1.</summary>
internal sealed class MarketPrices(FakeMarketBook book)
{
    public FakeQuote? Quote(Product product, int tradeType) => book.Find((product.Id, tradeType)) ?? book.Find((product.Id, 1));

    /// <summary>The price an order opens at now: the ask for a buy, the bid for a sell; null without a quote.</summary>
    public decimal? OpenPrice(Product product, int tradeType, int direction) =>
        Quote(product, tradeType) is { } quote ? (direction == 1 ? quote.Ask : quote.Bid) : null;

    /// <summary>The price a position closes at now: the bid for a buy, the ask for a sell; null without a quote.</summary>
    public decimal? ClosePrice(Position position) =>
        Quote(position.Product, position.Holder.TradeType) is { } quote ? (position.Direction == 1 ? quote.Bid : quote.Ask) : null;
}
