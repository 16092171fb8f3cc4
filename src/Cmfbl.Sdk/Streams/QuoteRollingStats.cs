namespace Cmfbl.Sdk.Streams;

/// <summary>
/// 24-hour rolling statistics: the <c>pr(symbol_id,trade_type,trade_mode,rolling_last_price,rolling_first_price,rolling_high_price,rolling_low_price,rolling_transactions_number,rolling_amount)</c>
/// push (protocol 14016; documented only in the vendor's own client).
/// </summary>
public sealed record QuoteRollingStats : QuoteEvent
{
    /// <summary>Gets the last price of the window (<c>rolling_last_price</c>).</summary>
    public decimal LastPrice { get; init; }

    /// <summary>Gets the first price of the window (<c>rolling_first_price</c>).</summary>
    public decimal FirstPrice { get; init; }

    /// <summary>Gets the window's high (<c>rolling_high_price</c>).</summary>
    public decimal HighPrice { get; init; }

    /// <summary>Gets the window's low (<c>rolling_low_price</c>).</summary>
    public decimal LowPrice { get; init; }

    /// <summary>Gets the volume traded in the window (<c>rolling_transactions_number</c>).</summary>
    public decimal Volume { get; init; }

    /// <summary>Gets the amount traded in the window (<c>rolling_amount</c>).</summary>
    public decimal Amount { get; init; }
}
