using Cmfbl.Sdk.Testing.Internal.Config;

namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>
/// An order as <c>queryOrderPage</c> lists it: <see cref="BizType"/> 1 market open, 2 market close, 8 manual forced
/// close, 10 limit pending; <see cref="Status"/> 1 received (pending), 2 executed, 4 cancelled. Prices are decimals in
/// the product's digits; <see cref="StopLoss"/> and <see cref="TakeProfit"/> the scaled integers as sent (0 = none).
/// </summary>
internal sealed record Order(long Id, Holder Holder, Product Product, int BizType, int Direction, decimal RequestNum, decimal RequestPrice, DateTimeOffset RequestTime)
{
    public const int Received = 1;
    public const int Executed = 2;
    public const int Cancelled = 4;

    public int Status { get; init; } = Received;

    public long? DealId { get; init; }

    public long? PositionId { get; init; }

    public decimal? ExecutePrice { get; init; }

    public decimal ExecuteNum { get; init; }

    public decimal Fee { get; init; }

    public decimal? Pnl { get; init; }

    public long StopLoss { get; init; }

    public long TakeProfit { get; init; }

    public string Source { get; init; } = "System";

    public string? ThirdPartyOrder { get; init; }

    public string? Remark { get; init; }

    public DateTimeOffset? ExecuteTime { get; init; }

    public DateTimeOffset CreateTime { get; init; }

    public DateTimeOffset UpdateTime { get; init; }
}
