using System.Text.Json.Nodes;
using Cmfbl.Sdk.Testing.Internal.Trading;

namespace Cmfbl.Sdk.Testing.Internal.CustomerTrading;

/// <summary>
/// <c>tradeapi.app.OrderApiService.queryOrderPage</c>: the logged-in customer's orders on the trade type, newest first,
/// as the schema's page (<c>{current, size, total, records}</c>); filters <c>accountId</c>, <c>accountCurrency</c>,
/// <c>bizType</c>, <c>direction</c>, <c>status</c> (1 received, 2 executed, 4 cancelled), <c>symbolId</c>,
/// <c>orderIds</c> (comma-separated), <c>positionId</c>, <c>thirdPartyOrder</c>.
/// </summary>
internal sealed class QueryOrderPageOperation(FakeBackend backend)
    : CustomerTradeOperation(backend, "tradeapi.app.OrderApiService.queryOrderPage")
{
    protected override Outcome Handle(JsonObject body, FakeCustomer customer, int tradeType)
    {
        var accountId = JsonRead.Int64(body, "accountId");
        var currency = JsonRead.Text(body, "accountCurrency");
        var bizType = JsonRead.Int64(body, "bizType");
        var direction = JsonRead.Int64(body, "direction");
        var status = JsonRead.Int64(body, "status");
        var symbolId = JsonRead.Int64(body, "symbolId");
        var positionId = JsonRead.Int64(body, "positionId");
        var thirdPartyOrder = JsonRead.Text(body, "thirdPartyOrder");
        var orderIds = JsonRead.Text(body, "orderIds")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var orders = Backend.Trading.Orders(o =>
                o.Holder.CustomerId == customer.Id
                && o.Holder.TradeType == tradeType
                && (accountId is null || o.Holder.AccountId == accountId)
                && (currency is null || string.Equals(o.Holder.Currency, currency, StringComparison.OrdinalIgnoreCase))
                && (bizType is null || o.BizType == bizType)
                && (direction is null || o.Direction == direction)
                && (status is null || o.Status == status)
                && (symbolId is null || o.Product.Id == symbolId)
                && (positionId is null || o.PositionId == positionId)
                && (thirdPartyOrder is null || string.Equals(o.ThirdPartyOrder, thirdPartyOrder, StringComparison.Ordinal))
                && (orderIds is null || orderIds.Contains(o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))))
            .OrderByDescending(o => o.Id)
            .ToArray();
        return Outcome.Ok(Paging.Page(orders, Paging.Read(body), o => OrderJson.Record(o)));
    }
}
