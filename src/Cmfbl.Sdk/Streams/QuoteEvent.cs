namespace Cmfbl.Sdk.Streams;

/// <summary>
/// Something the quote stream delivered: <see cref="QuoteTick"/>, <see cref="QuoteDepth"/>, <see cref="QuoteTrade"/>,
/// <see cref="QuoteRollingStats"/>, or <see cref="QuoteStreamError"/> for a frame that could not be read.
/// </summary>
public abstract record QuoteEvent
{
    /// <summary>Gets the product (<c>symbol_id</c>, <c>trade_type</c>); <see langword="default"/> for a <see cref="QuoteStreamError"/> that names none.</summary>
    public QuoteSymbol Symbol { get; init; }

    /// <summary>Gets the trading model the service sent (<c>trade_mode</c>).</summary>
    public QuoteTradeMode TradeMode { get; init; }
}
