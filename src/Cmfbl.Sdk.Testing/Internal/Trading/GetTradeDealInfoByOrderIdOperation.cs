using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>
/// <c>report.admin.CatsTradeDealService.getTradeDealInfoByOrderId</c> (<c>/openapi-b/global/…</c>, group tradeApi,
/// token optional): the deals of one order on the trade type, as an array (empty for an order without deals).
/// </summary>
internal sealed class GetTradeDealInfoByOrderIdOperation(FakeBackend backend)
    : OperationBase("report.admin.CatsTradeDealService.getTradeDealInfoByOrderId", OperationAuth.OptionalManagerToken, HeaderNames.TradeApiGroup)
{
    public override Outcome Handle(OperationCall call)
    {
        if (JsonRead.Int64(call.Body, "orderId") is not { } orderId)
        {
            return Errors.BadParameter("orderId");
        }

        if (JsonRead.Int64(call.Body, "tradeType") is not { } tradeType)
        {
            return Errors.BadParameter("tradeType");
        }

        var deals = backend.Trading.Deals(d => d.OrderId == orderId && d.Holder.TradeType == tradeType);
        return Outcome.Ok(new JsonArray([.. deals.Select(d => (JsonNode)DealJson.Create(d, backend.Settings.CompanyId))]));
    }
}
