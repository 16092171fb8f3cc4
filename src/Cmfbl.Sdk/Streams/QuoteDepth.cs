using Cmfbl.Sdk.Streams.Internal;

namespace Cmfbl.Sdk.Streams;

/// <summary>
/// The order book: the <c>pd(symbol_id,trade_type,trade_mode,seq,tick_time);(bid,volume)…;(ask,volume)…;</c> push,
/// or an entry of the market snapshot (protocol 14011). Either side may be empty.
/// </summary>
public sealed record QuoteDepth : QuoteEvent
{
    /// <summary>Gets the sequence number (<c>seq</c>).</summary>
    public long Seq { get; init; }

    /// <summary>Gets the quote time as sent (<c>tick_time</c>).</summary>
    public long TickTime { get; init; }

    /// <summary>Gets <see cref="TickTime"/> as a time (values below 10^11 read as seconds, larger ones as milliseconds).</summary>
    public DateTimeOffset Timestamp => VendorTime.ToTimestamp(TickTime);

    /// <summary>Gets the bids, best first.</summary>
    public IReadOnlyList<QuoteLevel> Bids { get; init; } = [];

    /// <summary>Gets the asks, best first.</summary>
    public IReadOnlyList<QuoteLevel> Asks { get; init; } = [];

    /// <summary>Gets whether this book came from the subscription's snapshot (14011) rather than a live push.</summary>
    public bool IsSnapshot { get; init; }

    /// <summary>Gets the number of decimal places of the product's prices (<c>price_digits</c>); snapshot only.</summary>
    public int? PriceDigits { get; init; }
}
