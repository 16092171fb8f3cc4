using Cmfbl.Sdk.Testing.Internal.Config;

namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>A deal (fill): <see cref="BizType"/> 1 market open, 2 market close, 8 manual forced close; <see cref="Pnl"/> set on closing deals.</summary>
internal sealed record Deal(long Id, long OrderId, long? PositionId, int BizType, Holder Holder, Product Product, int Direction, decimal Volume, decimal Price, decimal? Pnl, DateTimeOffset Time)
{
    public const int MarketOpen = 1;
    public const int MarketClose = 2;
    public const int ManualForcedClose = 8;
    public const int LimitPending = 10;

    /// <summary>Gets the fee charged, in the account's digits (positive).</summary>
    public decimal Fee { get; init; }

    /// <summary>Gets where the order came from (<c>source</c>).</summary>
    public string Source { get; init; } = "System";

    /// <summary>Gets the caller's own order id (<c>thirdPartyOrder</c>), or null.</summary>
    public string? ThirdPartyOrder { get; init; }
}
