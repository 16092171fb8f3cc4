namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>
/// What one quote connection should be subscribed to, as of <see cref="Version"/>: the union of every active
/// subscription's products homed on it, per protocol.
/// </summary>
internal sealed record QuoteIntent(
    long Version,
    IReadOnlyList<QuoteIntent.Entry> Tickers,
    IReadOnlyList<QuoteIntent.Entry> Market,
    IReadOnlyList<QuoteIntent.Entry> Rolling)
{
    public static QuoteIntent Empty { get; } = new(0, [], [], []);

    /// <summary>One product of one protocol; the book settings only matter for <see cref="Market"/>.</summary>
    internal sealed record Entry(QuoteSymbol Symbol, QuoteTradeMode TradeMode, int? DepthLevel, string? MergeAccuracy, int TradeInfoCount);
}
