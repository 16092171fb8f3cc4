using Cmfbl.Sdk.Testing.Internal.Config;

namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>
/// A deal (fill): <see cref="BizType"/> 1 market open, 2 market close, 3 stop-loss close, 4 take-profit close, 8 manual
/// forced close, 12 limit open (a limit pending order filled), 11 a stop pending order filled; <see cref="Pnl"/> set on
/// closing deals. The constants are the order <c>bizType</c> table of REFERENCE §7.
/// </summary>
internal sealed record Deal(long Id, long OrderId, long? PositionId, int BizType, Holder Holder, Product Product, int Direction, decimal Volume, decimal Price, decimal? Pnl, DateTimeOffset Time)
{
    public const int MarketOpen = 1;
    public const int MarketClose = 2;
    public const int StopLossClose = 3;
    public const int TakeProfitClose = 4;
    public const int ManualForcedClose = 8;
    public const int LimitPending = 10;
    public const int StopPending = 11;
    public const int LimitOpen = 12;

    /// <summary>Returns whether an order of <paramref name="bizType"/> waits on the book (10 limit, 11 stop).</summary>
    public static bool IsPending(int bizType) => bizType is LimitPending or StopPending;

    /// <summary>Gets the fee charged, in the account's digits (positive).</summary>
    public decimal Fee { get; init; }

    /// <summary>Gets where the order came from (<c>source</c>).</summary>
    public string Source { get; init; } = "System";

    /// <summary>Gets the caller's own order id (<c>thirdPartyOrder</c>), or null.</summary>
    public string? ThirdPartyOrder { get; init; }
}
