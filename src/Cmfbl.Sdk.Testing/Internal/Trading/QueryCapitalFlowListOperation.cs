namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>
/// <c>tradeapi.admin.OrderAdminApiService.queryCapitalFlowList</c> (group tradeApi): the customer's balance movements
/// on the trade type (<see cref="CapitalFlowQuery"/>).
/// </summary>
internal sealed class QueryCapitalFlowListOperation(FakeBackend backend)
    : OperationBase("tradeapi.admin.OrderAdminApiService.queryCapitalFlowList", group: HeaderNames.TradeApiGroup)
{
    public override Outcome Handle(OperationCall call)
    {
        var body = call.Body;
        return CustomerLookup.TryFind(backend.Customers, body, Errors.BadParameter, out var customer, out var error, CustomerFields.Required)
            ? Outcome.Ok(CapitalFlowQuery.Page(backend.Trading, customer.Id, JsonRead.Int64(body, "tradeType")!.Value, body))
            : error;
    }
}
