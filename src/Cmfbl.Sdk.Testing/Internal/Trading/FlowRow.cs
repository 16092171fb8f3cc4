namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>One ledger movement of an account's balance (a capital-flow row).</summary>
internal sealed record FlowRow(long BookkeepId, Holder Holder, FlowKind Kind, decimal AmountIn, decimal AmountOut, decimal AmountAfter, string? Remark, long? OrderId, long? DealId, DateTimeOffset Time);
