using Cmfbl.Sdk.Testing.Internal.Config;

namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>An open position, with the order and deal that opened it.</summary>
internal sealed record Position(long Id, long OrderId, long DealId, Holder Holder, Product Product, int Direction, decimal Volume, decimal OpenPrice, DateTimeOffset OpenTime)
{
    /// <summary>The leverage of the fake's positions (<c>crossLevelNum</c>).</summary>
    public const int Leverage = 10;

    /// <summary>Gets the stop-loss as the scaled integer the customer sent (0 = none).</summary>
    public long StopLoss { get; init; }

    /// <summary>Gets the take-profit as the scaled integer the customer sent (0 = none).</summary>
    public long TakeProfit { get; init; }

    /// <summary>Gets the fee charged when it opened, in the account's digits.</summary>
    public decimal OpenFee { get; init; }

    /// <summary>Gets where the opening order came from (<c>source</c>), <c>System</c> for seeds.</summary>
    public string Source { get; init; } = "System";

    /// <summary>Gets the caller's own order id (<c>thirdPartyOrder</c>), or null.</summary>
    public string? ThirdPartyOrder { get; init; }

    /// <summary>Gets the quantity: lots × contract size (<c>openNum</c>).</summary>
    public decimal Quantity => Volume * Product.ContractSize;

    /// <summary>Gets the margin: quantity × open price ÷ leverage, in the account's digits.</summary>
    public decimal Margin => Math.Round(Quantity * OpenPrice / Leverage, Holder.Digits, MidpointRounding.AwayFromZero);

    /// <summary>Gets the direction of the order that closes it.</summary>
    public int CloseDirection => Direction == 1 ? 2 : 1;

    /// <summary>
    /// Returns the close <paramref name="closePrice"/> (the bid for a buy, the ask for a sell) triggers:
    /// <see cref="Deal.StopLossClose"/> when it reached the stop-loss, <see cref="Deal.TakeProfitClose"/> the
    /// take-profit, or null.
    /// </summary>
    public int? Trigger(decimal closePrice)
    {
        var sign = Direction == 1 ? 1 : -1;
        if (StopLoss != 0 && sign * (closePrice - WireFormat.ToDecimal(StopLoss, Product.Digits)) <= 0)
        {
            return Deal.StopLossClose;
        }

        return TakeProfit != 0 && sign * (closePrice - WireFormat.ToDecimal(TakeProfit, Product.Digits)) >= 0 ? Deal.TakeProfitClose : null;
    }

    /// <summary>Returns the profit or loss of closing at <paramref name="price"/>, in the account's digits.</summary>
    public decimal Pnl(decimal price) => Pnl(price, Volume);

    /// <summary>Returns the profit or loss of closing <paramref name="volume"/> lots at <paramref name="price"/>, in the account's digits.</summary>
    public decimal Pnl(decimal price, decimal volume) =>
        Math.Round((price - OpenPrice) * volume * Product.ContractSize * (Direction == 1 ? 1 : -1), Holder.Digits, MidpointRounding.AwayFromZero);
}
