namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>
/// <c>report.admin.CatsTradeDealService.getTradeDealInfoByDealId</c> (<c>/openapi-b/global/…</c>, group tradeApi,
/// token optional): one deal, opening or closing; an unknown id answers <c>CUSTOMER_API_0000003</c> (data does not exist).
/// </summary>
internal sealed class GetTradeDealInfoByDealIdOperation(FakeBackend backend)
    : OperationBase("report.admin.CatsTradeDealService.getTradeDealInfoByDealId", OperationAuth.OptionalManagerToken, HeaderNames.TradeApiGroup)
{
    public override Outcome Handle(OperationCall call)
    {
        if (JsonRead.Int64(call.Body, "dealId") is not { } dealId)
        {
            return Errors.BadParameter("dealId");
        }

        return backend.Trading.Deals(d => d.Id == dealId) is [var deal]
            ? Outcome.Ok(DealJson.Create(deal, backend.Settings.CompanyId))
            : Errors.DataNotFound;
    }
}
