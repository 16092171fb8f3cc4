namespace Cmfbl.Sdk.Benchmarks.Baseline;

/// <summary>What the hand-written parsers produce for a <c>p(…)</c> push: the same ten values as the SDK's tick.</summary>
public sealed class BaselineTick
{
    public long SymbolId { get; init; }

    public int TradeType { get; init; }

    public int TradeMode { get; init; }

    public long Seq { get; init; }

    public long TickTime { get; init; }

    public decimal Price { get; init; }

    public decimal Bid { get; init; }

    public decimal Ask { get; init; }

    public decimal BidVolume { get; init; }

    public decimal AskVolume { get; init; }
}
