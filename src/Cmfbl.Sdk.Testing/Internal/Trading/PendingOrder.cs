using Cmfbl.Sdk.Testing.Internal.Config;

namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>
/// A pending order waiting to fill: <see cref="BizType"/> 10 limit (a buy fills when the ask falls to
/// <see cref="Price"/> or below, a sell when the bid rises to it or above) or 11 stop (a buy when the ask rises to it or
/// above, a sell when the bid falls to it or below).
/// </summary>
internal sealed record PendingOrder(long OrderId, Holder Holder, Product Product, int Direction, decimal Volume, decimal Price, DateTimeOffset CreateTime)
{
    /// <summary>Gets the order's <c>bizType</c>: 10 limit (the default) or 11 stop.</summary>
    public int BizType { get; init; } = Deal.LimitPending;

    /// <summary>Returns whether <paramref name="marketPrice"/> (the ask for a buy, the bid for a sell) fills the order.</summary>
    public bool IsReachedBy(decimal marketPrice) =>
        (BizType == Deal.StopPending) == (Direction == 1) ? marketPrice >= Price : marketPrice <= Price;

    /// <summary>Gets the key <c>cancelPboOrder</c> answers with, as in the vendor's example: <c>CATS:PROORDER:{tradeType}_{orderId}</c>.</summary>
    public string Key => FormattableString.Invariant($"CATS:PROORDER:{Holder.TradeType}_{OrderId}");
}
