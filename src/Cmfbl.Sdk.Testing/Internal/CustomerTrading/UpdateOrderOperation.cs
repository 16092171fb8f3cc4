using System.Text.Json.Nodes;
using Cmfbl.Sdk.Testing.Internal.Trading;

namespace Cmfbl.Sdk.Testing.Internal.CustomerTrading;

/// <summary>
/// <c>tradeapi.app.CfdMMOrderApiService.updateOrder</c>: sets the stop-loss and take-profit of the position
/// <c>positionId</c> opened by <c>orderId</c> (integer strings scaled by the product's digits; "0" removes one, a field
/// left out keeps its value) and answers the position. A price on the wrong side of the market is refused
/// (<c>E000009</c> / <c>E000010</c>); an unknown position is <c>E000008</c>.
/// </summary>
internal sealed class UpdateOrderOperation(FakeBackend backend, MarketPrices prices)
    : CrossMarginOperation(backend, "tradeapi.app.CfdMMOrderApiService.updateOrder")
{
    private static readonly string[] RequiredFields = ["orderId", "positionId", "accountDigits"];

    protected override Outcome Handle(JsonObject body, Holder holder)
    {
        foreach (var field in RequiredFields)
        {
            if (JsonRead.Int64(body, field) is null)
            {
                return Errors.BadParameter(field);
            }
        }

        if (!OrderTicketReader.TryScaled(body, "stopLoss", out var stopLoss))
        {
            return Errors.BadParameter("stopLoss");
        }

        if (!OrderTicketReader.TryScaled(body, "takeProfit", out var takeProfit))
        {
            return Errors.BadParameter("takeProfit");
        }

        var (position, refused) = Backend.Trading.SetStops(holder, JsonRead.Int64(body, "positionId")!.Value, JsonRead.Int64(body, "orderId")!.Value, stopLoss, takeProfit, prices);
        return position is null ? refused! : Outcome.Ok(PositionQuery.Json(position, prices, Backend.Settings.CompanyId, withCustomer: false));
    }
}
