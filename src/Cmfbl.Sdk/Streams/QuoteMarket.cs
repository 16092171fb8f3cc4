namespace Cmfbl.Sdk.Streams;

/// <summary>Which quote service a customer's quote stream connects to.</summary>
public enum QuoteMarket
{
    /// <summary>Crypto currencies and forex: <c>/quote</c> (guests: <c>/quote_guest</c>).</summary>
    CryptoAndForex,

    /// <summary>Stocks: <c>/quote_stock</c> (needs a customer token).</summary>
    Stocks,
}
