namespace Cmfbl.Sdk.Streams;

/// <summary>A historical K-line query (protocol 14012; a list of them is the batch query 14014).</summary>
public sealed record KlineQuery
{
    /// <summary>Gets the product.</summary>
    public required QuoteSymbol Symbol { get; init; }

    /// <summary>Gets the product's trading model (<c>trade_mode</c>). The default value is <see cref="QuoteTradeMode.MarketMaker"/>.</summary>
    public QuoteTradeMode TradeMode { get; init; } = QuoteTradeMode.MarketMaker;

    /// <summary>Gets the bar length (<c>kline_type</c>).</summary>
    public required KlineType KlineType { get; init; }

    /// <summary>Gets the time of the last bar wanted (<c>kline_timestamp_end</c>, sent in seconds), or <see langword="null"/> for the latest bars.</summary>
    public DateTimeOffset? End { get; init; }

    /// <summary>Gets how many bars to return (<c>query_kline_num</c>, 1 to 1000). The default value is 100.</summary>
    public int Count { get; init; } = 100;
}
