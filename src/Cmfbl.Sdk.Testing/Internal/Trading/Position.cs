using Cmfbl.Sdk.Testing.Internal.Config;

namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>An open position, with the order and deal that opened it.</summary>
internal sealed record Position(long Id, long OrderId, long DealId, Holder Holder, Product Product, int Direction, decimal Volume, decimal OpenPrice, DateTimeOffset OpenTime)
{
    /// <summary>The leverage of the fake's positions (<c>crossLevelNum</c>).</summary>
    public const int Leverage = 10;

    /// <summary>Gets the quantity: lots × contract size (<c>openNum</c>).</summary>
    public decimal Quantity => Volume * Product.ContractSize;

    /// <summary>Gets the margin: quantity × open price ÷ leverage, in the account's digits.</summary>
    public decimal Margin => Math.Round(Quantity * OpenPrice / Leverage, Holder.Digits, MidpointRounding.AwayFromZero);

    /// <summary>Gets the direction of the order that closes it.</summary>
    public int CloseDirection => Direction == 1 ? 2 : 1;

    /// <summary>Returns the profit or loss of closing at <paramref name="price"/>, in the account's digits.</summary>
    public decimal Pnl(decimal price) =>
        Math.Round((price - OpenPrice) * Quantity * (Direction == 1 ? 1 : -1), Holder.Digits, MidpointRounding.AwayFromZero);
}
