namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>An order on the fake Bridge: as placed, and its fill when it has one.</summary>
internal sealed record BridgeOrder
{
    public required string ExchangeId { get; init; }

    public required string CustomerNo { get; init; }

    public required string AccountName { get; init; }

    public required string SymbolId { get; init; }

    public required int OrderType { get; init; }

    public required int Direction { get; init; }

    public decimal? Price { get; init; }

    public decimal? Num { get; init; }

    public decimal? Amount { get; init; }

    public string? TimeInForce { get; init; }

    public string? OrderId { get; init; }

    public string? ClientOrderId { get; init; }

    public int Status { get; init; } = 1;

    public DateTimeOffset Time { get; init; }

    public string? TradeId { get; init; }

    public decimal? ExecuteNum { get; init; }

    public decimal? ExecutePrice { get; init; }
}
