namespace Cmfbl.Sdk.Streams;

/// <summary>The answer to a K-line query (protocol 14013, or one entry of the batch answer 14015).</summary>
public sealed record KlineSeries
{
    /// <summary>Gets the product.</summary>
    public QuoteSymbol Symbol { get; init; }

    /// <summary>Gets the product's trading model as sent.</summary>
    public QuoteTradeMode TradeMode { get; init; }

    /// <summary>Gets the bar length.</summary>
    public KlineType KlineType { get; init; }

    /// <summary>Gets the number of decimal places of the product's prices (<c>price_digits</c>), when sent.</summary>
    public int? PriceDigits { get; init; }

    /// <summary>Gets the bars, in the order sent (oldest first in the vendor's examples).</summary>
    public IReadOnlyList<Kline> Bars { get; init; } = [];
}
