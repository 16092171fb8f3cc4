using Cmfbl.Sdk.Streams.Internal;

namespace Cmfbl.Sdk.Streams;

/// <summary>
/// A trade: the <c>pt(symbol_id,trade_type,trade_mode,seq,tick_time,price,volume,trade_direction)</c> push, or one
/// entry of <c>trade_info</c> in the market snapshot (protocol 14011).
/// </summary>
public sealed record QuoteTrade : QuoteEvent
{
    /// <summary>Gets the sequence number (<c>seq</c>); 0 in snapshot entries, which carry none.</summary>
    public long Seq { get; init; }

    /// <summary>Gets the trade time as sent (<c>tick_time</c>, or <c>trade_time</c> in seconds in the snapshot).</summary>
    public long TickTime { get; init; }

    /// <summary>Gets <see cref="TickTime"/> as a time (values below 10^11 read as seconds, larger ones as milliseconds).</summary>
    public DateTimeOffset Timestamp => VendorTime.ToTimestamp(TickTime);

    /// <summary>Gets the traded price.</summary>
    public decimal Price { get; init; }

    /// <summary>Gets the traded volume.</summary>
    public decimal Volume { get; init; }

    /// <summary>Gets the aggressor side.</summary>
    public TradeDirection Direction { get; init; }

    /// <summary>Gets whether this trade came from the subscription's snapshot (14011) rather than a live push.</summary>
    public bool IsSnapshot { get; init; }
}
