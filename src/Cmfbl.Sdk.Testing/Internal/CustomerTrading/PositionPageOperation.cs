using System.Text.Json.Nodes;
using Cmfbl.Sdk.Testing.Internal.Trading;

namespace Cmfbl.Sdk.Testing.Internal.CustomerTrading;

/// <summary>
/// <c>tradeapi.app.PositionApiService.queryPositionPage</c>: one page of the logged-in customer's open positions on
/// the trade type, as an array (the vendor's example); floating <c>profit</c> at the current quote; filters
/// <c>accountId</c>, <c>accountCurrency</c>, <c>orderId</c>, <c>dealId</c>, <c>symbolId</c>, <c>thirdPartyOrder</c>,
/// <c>startTime</c>/<c>endTime</c> on the opening time (ms, inclusive); <c>sortFieldName</c> orderId, openTime,
/// symbolId, pnl.
/// </summary>
internal sealed class PositionPageOperation(FakeBackend backend, MarketPrices prices)
    : CustomerTradeOperation(backend, "tradeapi.app.PositionApiService.queryPositionPage")
{
    protected override Outcome Handle(JsonObject body, FakeCustomer customer, int tradeType)
    {
        var accountId = JsonRead.Int64(body, "accountId");
        var currency = JsonRead.Text(body, "accountCurrency");
        var orderId = JsonRead.Int64(body, "orderId");
        var dealId = JsonRead.Int64(body, "dealId");
        var symbolId = JsonRead.Int64(body, "symbolId");
        var thirdPartyOrder = JsonRead.Text(body, "thirdPartyOrder");
        var start = JsonRead.Int64(body, "startTime");
        var end = JsonRead.Int64(body, "endTime");
        var positions = Backend.Trading.Positions(p =>
            p.Holder.CustomerId == customer.Id
            && p.Holder.TradeType == tradeType
            && (accountId is null || p.Holder.AccountId == accountId)
            && (currency is null || string.Equals(p.Holder.Currency, currency, StringComparison.OrdinalIgnoreCase))
            && (orderId is null || p.OrderId == orderId)
            && (dealId is null || p.DealId == dealId)
            && (symbolId is null || p.Product.Id == symbolId)
            && (thirdPartyOrder is null || string.Equals(p.ThirdPartyOrder, thirdPartyOrder, StringComparison.Ordinal))
            && (start is null || p.OpenTime.ToUnixTimeMilliseconds() >= start)
            && (end is null || p.OpenTime.ToUnixTimeMilliseconds() <= end));
        return Outcome.Ok(PositionQuery.Page(positions, body, prices, Backend.Settings.CompanyId));
    }
}
