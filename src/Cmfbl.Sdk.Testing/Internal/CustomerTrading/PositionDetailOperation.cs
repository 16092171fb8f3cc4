using System.Text.Json.Nodes;
using Cmfbl.Sdk.Testing.Internal.Trading;

namespace Cmfbl.Sdk.Testing.Internal.CustomerTrading;

/// <summary>
/// <c>tradeapi.app.PositionApiService.queryPositionDetail</c> and <c>tradeapi.app.CfdMMPositionApiService.queryPositionDetail</c>:
/// one open position of the logged-in customer on the trade type (and <c>accountId</c> when sent); one that is closed
/// or not theirs is <c>E000008</c>.
/// </summary>
internal sealed class PositionDetailOperation(FakeBackend backend, MarketPrices prices, string bizType)
    : CustomerTradeOperation(backend, bizType)
{
    public const string Generic = "tradeapi.app.PositionApiService.queryPositionDetail";
    public const string CrossMargin = "tradeapi.app.CfdMMPositionApiService.queryPositionDetail";

    protected override Outcome Handle(JsonObject body, FakeCustomer customer, int tradeType)
    {
        if (JsonRead.Int64(body, "positionId") is not { } positionId)
        {
            return Errors.BadParameter("positionId");
        }

        var accountId = JsonRead.Int64(body, "accountId");
        return Backend.Trading.Positions(p =>
                p.Id == positionId
                && p.Holder.CustomerId == customer.Id
                && p.Holder.TradeType == tradeType
                && (accountId is null || p.Holder.AccountId == accountId)) is [var position]
            ? Outcome.Ok(PositionQuery.Json(position, prices, Backend.Settings.CompanyId, withCustomer: false))
            : TradeErrors.PositionNotFound;
    }
}
