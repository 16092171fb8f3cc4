using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>
/// <c>tradeapi.admin.OrderAdminApiService.cancelPboOrder</c> (group tradeApi): cancels the customer's pending orders
/// of the trade type and answers their keys (<c>CATS:PROORDER:{tradeType}_{orderId}</c>); none left, an empty list.
/// </summary>
internal sealed class CancelPendingOrdersOperation(FakeBackend backend)
    : OperationBase("tradeapi.admin.OrderAdminApiService.cancelPboOrder", group: HeaderNames.TradeApiGroup)
{
    public override Outcome Handle(OperationCall call)
    {
        if (!CustomerLookup.TryFind(backend.Customers, call.Body, Errors.BadParameter, out var customer, out var error, CustomerFields.Required))
        {
            return error;
        }

        var cancelled = backend.Trading.CancelPending(customer.Id, (int)JsonRead.Int64(call.Body, "tradeType")!.Value);
        return Outcome.Ok(new JsonArray([.. cancelled.Select(o => (JsonNode)o.Key)]));
    }
}
