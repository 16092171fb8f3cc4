using Cmfbl.Sdk.Testing.Internal.Config;

namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>A pending (limit) order waiting to fill.</summary>
internal sealed record PendingOrder(long OrderId, Holder Holder, Product Product, int Direction, decimal Volume, decimal Price, DateTimeOffset CreateTime)
{
    /// <summary>Gets the key <c>cancelPboOrder</c> answers with, as in the vendor's example: <c>CATS:PROORDER:{tradeType}_{orderId}</c>.</summary>
    public string Key => FormattableString.Invariant($"CATS:PROORDER:{Holder.TradeType}_{OrderId}");
}
