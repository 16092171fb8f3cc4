using Cmfbl.Sdk.Streams.Internal;

namespace Cmfbl.Sdk.Streams;

/// <summary>
/// A real-time quote: the <c>p(symbol_id,trade_type,trade_mode,seq,tick_time,price,price_bid1,price_ask1,volume_bid1,volume_ask1)</c>
/// push, or one entry of the snapshot (protocol 14001) the service answers a ticker subscription with. Prices are
/// exact decimals, as sent.
/// </summary>
public sealed record QuoteTick : QuoteEvent
{
    /// <summary>Gets the quote's sequence number (<c>seq</c>).</summary>
    public long Seq { get; init; }

    /// <summary>Gets the quote time as sent (<c>tick_time</c>); see <see cref="Timestamp"/>.</summary>
    public long TickTime { get; init; }

    /// <summary>Gets <see cref="TickTime"/> as a time: values below 10^11 are read as Unix seconds, larger ones as milliseconds (the vendor's examples use both).</summary>
    public DateTimeOffset Timestamp => VendorTime.ToTimestamp(TickTime);

    /// <summary>Gets the last traded price (<c>price</c>).</summary>
    public decimal Price { get; init; }

    /// <summary>Gets the best bid (<c>price_bid1</c>).</summary>
    public decimal Bid { get; init; }

    /// <summary>Gets the best ask (<c>price_ask1</c>).</summary>
    public decimal Ask { get; init; }

    /// <summary>Gets the volume at the best bid (<c>volume_bid1</c>).</summary>
    public decimal BidVolume { get; init; }

    /// <summary>Gets the volume at the best ask (<c>volume_ask1</c>).</summary>
    public decimal AskVolume { get; init; }

    /// <summary>Gets whether this tick came from the subscription's snapshot (14001) rather than a live push.</summary>
    public bool IsSnapshot { get; init; }

    /// <summary>Gets the day's statistics and the price digits, which only the snapshot (14001) carries; <see langword="null"/> for live pushes.</summary>
    public QuoteDayStats? Day { get; init; }
}
