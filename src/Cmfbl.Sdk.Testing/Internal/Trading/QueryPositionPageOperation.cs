using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>
/// <c>tradeapi.admin.OrderAdminApiService.queryPositionPage</c> (group tradeApi): one page of the customer's open
/// positions on the trade type, as a bare array (the vendor's shape); filters <c>accountId</c>, <c>symbolId</c>.
/// </summary>
internal sealed class QueryPositionPageOperation(FakeBackend backend, MarketPrices prices)
    : OperationBase("tradeapi.admin.OrderAdminApiService.queryPositionPage", group: HeaderNames.TradeApiGroup)
{
    public override Outcome Handle(OperationCall call)
    {
        var body = call.Body;
        if (!CustomerLookup.TryFind(backend.Customers, body, Errors.BadParameter, out var customer, out var error, "tradeType", "customerGroupId", "customerId"))
        {
            return error;
        }

        var tradeType = JsonRead.Int64(body, "tradeType");
        var accountId = JsonRead.Int64(body, "accountId");
        var symbolId = JsonRead.Int64(body, "symbolId");
        var positions = backend.Trading.Positions(p =>
            p.Holder.CustomerId == customer.Id
            && p.Holder.TradeType == tradeType
            && (accountId is null || p.Holder.AccountId == accountId)
            && (symbolId is null || p.Product.Id == symbolId));
        return Outcome.Ok(PositionQuery.Page(positions, body, prices, customer.CompanyId));
    }
}
