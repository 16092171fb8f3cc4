namespace Cmfbl.Sdk.Testing.Internal.Streams;

/// <summary>The fake's current quote of one product, with what it has seen since the server started (the "24 hours").</summary>
internal sealed record FakeQuote
{
    public required long SymbolId { get; init; }

    public required int TradeType { get; init; }

    public required decimal Bid { get; init; }

    public required decimal Ask { get; init; }

    public required decimal Price { get; init; }

    public required long Seq { get; init; }

    public required long TickTime { get; init; }

    public required decimal First { get; init; }

    public required decimal High { get; init; }

    public required decimal Low { get; init; }

    public int Digits => Math.Max(Scale(Bid), Scale(Ask));

    private static int Scale(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;
}
