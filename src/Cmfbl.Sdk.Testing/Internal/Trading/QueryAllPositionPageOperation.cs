namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>
/// <c>tradeapi.admin.PositionAdminApiService.queryAllPositionPage</c> (group tradeApi, token optional): every open
/// position of the company on the trade type, paged; filters <c>customerGroupId</c>, <c>customerId</c>,
/// <c>customerNo</c>, <c>accountId</c>, <c>symbolId</c>, <c>orderId</c>, <c>direction</c> (a value other than 1 or 2
/// matches nothing, as documented), <c>startTime</c>/<c>endTime</c> on the opening time (ms, inclusive).
/// </summary>
internal sealed class QueryAllPositionPageOperation(FakeBackend backend, MarketPrices prices)
    : OperationBase("tradeapi.admin.PositionAdminApiService.queryAllPositionPage", OperationAuth.OptionalManagerToken, HeaderNames.TradeApiGroup)
{
    public override Outcome Handle(OperationCall call)
    {
        var body = call.Body;
        if (JsonRead.Int64(body, "tradeType") is not { } tradeType)
        {
            return Errors.BadParameter("tradeType");
        }

        var groupId = JsonRead.Int64(body, "customerGroupId");
        var customerId = JsonRead.Int64(body, "customerId");
        var customerNo = JsonRead.Text(body, "customerNo");
        var accountId = JsonRead.Int64(body, "accountId");
        var symbolId = JsonRead.Int64(body, "symbolId");
        var orderId = JsonRead.Int64(body, "orderId");
        var direction = JsonRead.Int64(body, "direction");
        var start = JsonRead.Int64(body, "startTime");
        var end = JsonRead.Int64(body, "endTime");
        var positions = backend.Trading.Positions(p =>
            p.Holder.TradeType == tradeType
            && (groupId is null || p.Holder.CustomerGroupId == groupId)
            && (customerId is null || p.Holder.CustomerId == customerId)
            && (customerNo is null || string.Equals(p.Holder.CustomerNo, customerNo, StringComparison.Ordinal))
            && (accountId is null || p.Holder.AccountId == accountId)
            && (symbolId is null || p.Product.Id == symbolId)
            && (orderId is null || p.OrderId == orderId)
            && (direction is null || p.Direction == direction)
            && (start is null || p.OpenTime.ToUnixTimeMilliseconds() >= start)
            && (end is null || p.OpenTime.ToUnixTimeMilliseconds() <= end));
        var companyId = backend.Settings.CompanyId;
        return Outcome.Ok(Paging.Page(PositionQuery.Sort(positions, body, prices), Paging.Read(body), p => PositionQuery.Json(p, prices, companyId, withCustomer: true)));
    }
}
