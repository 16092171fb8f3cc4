using System.Globalization;
using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>
/// A deal as getTradeDealInfoByDealId/ByOrderId and the <c>trade_deal</c> push return it (the vendor's example's
/// fields): <c>executePrice</c> scaled by <c>digits</c>, <c>currentTradeAmount</c> and <c>pnl</c> by
/// <c>accountDigits</c>, <c>fee</c> (positive, as in the example) and <c>convertFee</c> by <c>feeDigits</c>.
/// </summary>
internal static class DealJson
{
    private const int FeeDigits = 4;

    public static JsonObject Create(Deal deal, long companyId)
    {
        var holder = deal.Holder;
        var product = deal.Product;
        var time = UnixTime.Ms(deal.Time);
        return new JsonObject
        {
            ["id"] = deal.Id.ToString(CultureInfo.InvariantCulture),
            ["dealId"] = deal.Id,
            ["orderId"] = deal.OrderId,
            ["positionId"] = deal.PositionId,
            ["bizType"] = deal.BizType,
            ["orderStatus"] = 2,
            ["companyId"] = companyId,
            ["customerId"] = holder.CustomerId,
            ["customerNo"] = holder.CustomerNo,
            ["customerGroupId"] = holder.CustomerGroupId,
            ["accountId"] = holder.AccountId,
            ["accountCurrency"] = holder.Currency,
            ["accountDigits"] = holder.Digits,
            ["tradeType"] = holder.TradeType,
            ["symbolId"] = product.Id,
            ["symbolCode"] = product.Code,
            ["symbolName"] = product.Name,
            ["baseCurrency"] = product.BaseCurrency,
            ["contractSize"] = WireFormat.Trim(product.ContractSize),
            ["direction"] = deal.Direction,
            ["digits"] = product.Digits,
            ["executePrice"] = WireFormat.Scaled(deal.Price, product.Digits),
            ["executeNum"] = WireFormat.Trim(deal.Volume),
            ["currentTradeAmount"] = WireFormat.Scaled(deal.Volume * product.ContractSize * deal.Price, holder.Digits),
            ["pnl"] = deal.Pnl is { } pnl ? WireFormat.Scaled(pnl, holder.Digits) : null,
            ["fee"] = WireFormat.Scaled(deal.Fee, FeeDigits),
            ["feeDigits"] = FeeDigits,
            ["orderInCurrency"] = holder.Currency,
            ["convertFee"] = WireFormat.Scaled(deal.Fee, FeeDigits),
            ["convertFeeDigits"] = FeeDigits,
            ["convertExchangeRate"] = 1,
            ["interest"] = null,
            ["remark"] = null,
            ["source"] = deal.Source,
            ["thirdPartyOrder"] = deal.ThirdPartyOrder,
            ["createBy"] = null,
            ["updateBy"] = null,
            ["createTime"] = time,
            ["updateTime"] = time.DeepClone(),
            ["executeTime"] = time.DeepClone(),
        };
    }
}
