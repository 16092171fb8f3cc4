using System.Globalization;
using System.Text.Json.Nodes;
using Cmfbl.Sdk.Testing.Internal.Trading;

namespace Cmfbl.Sdk.Testing.Internal.CustomerTrading;

/// <summary>
/// <c>tradeapi.app.OrderApiService.closeTradePboOrder</c>: cancels one pending order of the logged-in customer on the
/// trade type; <c>data</c> = <c>{leftover}</c>, the quantity cancelled. An order that is no longer pending is refused
/// (<c>E000001</c>), an unknown one is <c>CUSTOMER_API_0000003</c>.
/// </summary>
internal sealed class CancelPendingOrderOperation(FakeBackend backend)
    : CustomerTradeOperation(backend, "tradeapi.app.OrderApiService.closeTradePboOrder")
{
    protected override Outcome Handle(JsonObject body, FakeCustomer customer, int tradeType)
    {
        if (JsonRead.Int64(body, "orderId") is not { } orderId)
        {
            return Errors.BadParameter("orderId");
        }

        var (order, refused) = Backend.Trading.CancelOne(customer.Id, tradeType, orderId);
        return order is null
            ? refused!
            : Outcome.Ok(new JsonObject { ["leftover"] = WireFormat.Trim(order.Volume).ToString(CultureInfo.InvariantCulture) });
    }
}
