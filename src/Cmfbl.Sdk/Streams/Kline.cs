namespace Cmfbl.Sdk.Streams;

/// <summary>One bar of a K-line series (an entry of <c>kline_list</c>).</summary>
public sealed record Kline
{
    /// <summary>Gets the bar's time (<c>timestamp</c>, sent in Unix seconds).</summary>
    public DateTimeOffset Time { get; init; }

    /// <summary>Gets the opening price (<c>open_price</c>).</summary>
    public decimal Open { get; init; }

    /// <summary>Gets the closing price (<c>close_price</c>).</summary>
    public decimal Close { get; init; }

    /// <summary>Gets the high (<c>high_price</c>).</summary>
    public decimal High { get; init; }

    /// <summary>Gets the low (<c>low_price</c>).</summary>
    public decimal Low { get; init; }

    /// <summary>Gets the time of the bar's last tick, as sent (<c>last_tick_time</c>).</summary>
    public long LastTickTime { get; init; }

    /// <summary>Gets the sequence number of the bar's last tick (<c>last_tick_seq</c>).</summary>
    public long LastTickSeq { get; init; }

    /// <summary>Gets the volume traded in the bar (<c>transactions_number</c>).</summary>
    public decimal Volume { get; init; }
}
