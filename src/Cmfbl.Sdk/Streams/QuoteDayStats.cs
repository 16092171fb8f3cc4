namespace Cmfbl.Sdk.Streams;

/// <summary>
/// What a ticker snapshot (14001) adds to a tick: the day's prices and the product's price digits. Kept apart from
/// <see cref="QuoteTick"/> so that live ticks, which never carry them, stay small.
/// </summary>
public sealed record QuoteDayStats
{
    /// <summary>Gets the number of decimal places of the product's prices (<c>price_digits</c>).</summary>
    public int? PriceDigits { get; init; }

    /// <summary>Gets the day's opening price (<c>open_price</c>).</summary>
    public decimal? OpenPrice { get; init; }

    /// <summary>Gets the day's closing price (<c>close_price</c>).</summary>
    public decimal? ClosePrice { get; init; }

    /// <summary>Gets the day's high (<c>high_price</c>).</summary>
    public decimal? HighPrice { get; init; }

    /// <summary>Gets the day's low (<c>low_price</c>).</summary>
    public decimal? LowPrice { get; init; }

    /// <summary>Gets the previous day's close (<c>yesterday_close_price</c>).</summary>
    public decimal? YesterdayClosePrice { get; init; }
}
