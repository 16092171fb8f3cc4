namespace Cmfbl.Sdk.Testing;

/// <summary>
/// An order to put on a seeded customer's account (<see cref="FakeCustomerSeed.Positions"/>,
/// <see cref="FakeCustomerSeed.PendingOrders"/>): filled, it is an open position with its opening order and deal;
/// pending, a limit order that <c>cancelPboOrder</c> cancels.
/// </summary>
public sealed class FakeOrderSeed
{
    /// <summary>Gets the trade type: 1 contract cross (the default), 2 contract isolated or 6 stock, the ones with positions. The customer must have an account of it.</summary>
    public int TradeType { get; init; } = 1;

    /// <summary>Gets the product id: 1 BTCUSDT (the default), 2 ETHUSDT or 3 EURUSD (100 000 per lot).</summary>
    public long SymbolId { get; init; } = 1;

    /// <summary>Gets the direction: 1 buy (the default), 2 sell.</summary>
    public int Direction { get; init; } = 1;

    /// <summary>Gets the volume in lots (quantity = lots × contract size). The default is 1.</summary>
    public decimal Volume { get; init; } = 1m;

    /// <summary>
    /// Gets the opening (or limit) price, or <see langword="null"/> (the default) for the current quote: the ask for a
    /// buy, the bid for a sell.
    /// </summary>
    public decimal? Price { get; init; }
}
