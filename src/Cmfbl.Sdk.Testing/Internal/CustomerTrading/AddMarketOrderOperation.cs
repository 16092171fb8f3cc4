using Cmfbl.Sdk.Testing.Internal.Trading;

namespace Cmfbl.Sdk.Testing.Internal.CustomerTrading;

/// <summary>
/// <c>tradeapi.app.CfdMMOrderApiService.addMarketOrder</c>: bizType 1 opens a position at the fake market's price
/// (ask for a buy, bid for a sell) and charges the opening fee; 2 closes <c>positionId</c> (all or part) at the market,
/// booking its profit or loss and the closing fee; 10 (limit) and 11 (stop) book a pending order at
/// <c>requestPrice</c>, which fills when the quote reaches it (at once when it already does). Needs the
/// margin (quantity × price ÷ 10) plus the fee free in the account; a stop-loss or take-profit on the wrong side of the
/// market is refused.
/// </summary>
internal sealed class AddMarketOrderOperation(FakeBackend backend, MarketPrices prices)
    : OrderTicketOperation(backend, "tradeapi.app.CfdMMOrderApiService.addMarketOrder")
{
    protected override Outcome Handle(OrderTicket ticket)
    {
        var (order, position, refused) = Backend.Trading.Place(ticket, prices);
        return order is null ? refused! : Outcome.Ok(OrderJson.Placed(order, position));
    }
}
