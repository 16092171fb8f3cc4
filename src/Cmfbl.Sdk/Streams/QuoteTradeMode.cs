namespace Cmfbl.Sdk.Streams;

/// <summary>How a product is traded (<c>trade_mode</c>, the product's <c>dealMode</c>); the quote service needs it to subscribe.</summary>
public enum QuoteTradeMode
{
    /// <summary>0: not stated (the vendor's push examples send 0).</summary>
    Unspecified = 0,

    /// <summary>1: market maker (MM).</summary>
    MarketMaker = 1,

    /// <summary>2: butterfly market maker.</summary>
    ButterflyMarketMaker = 2,

    /// <summary>3: order matching.</summary>
    Matching = 3,

    /// <summary>4: aggregation.</summary>
    Aggregation = 4,
}
