using System.Globalization;
using System.Text.Json.Nodes;
using Cmfbl.Sdk.Testing.Internal.Trading;

namespace Cmfbl.Sdk.Testing.Internal.CustomerTrading;

/// <summary>
/// Orders on the Client API's wire: the answer of <c>addMarketOrder</c> and a <c>queryOrderPage</c> record (the
/// vendor's fields). Prices are decimal strings in the product's digits, amounts in the account's; <c>stopLoss</c>
/// and <c>takeProfit</c> the scaled integers as sent; a charged fee is negative in the order answer, as in the example.
/// </summary>
internal static class OrderJson
{
    public static JsonObject Placed(Order order, Position? position)
    {
        var product = order.Product;
        var digits = order.Holder.Digits;
        return new JsonObject
        {
            ["tradeVolume"] = Text(order.RequestNum),
            ["symbolId"] = product.Id,
            ["orderId"] = order.Id,
            ["fee"] = WireFormat.Fixed(order.Fee == 0 ? 0m : -order.Fee, digits),
            ["openOrClose"] = order.BizType == Deal.MarketClose ? 2 : 1,
            ["openPrice"] = WireFormat.Fixed(position?.OpenPrice ?? order.RequestPrice, product.Digits),
            ["takeProfit"] = Text(order.TakeProfit),
            ["positionId"] = order.PositionId,
            ["interest"] = "0",
            ["openDirection"] = position?.Direction ?? order.Direction,
            ["stopLoss"] = Text(order.StopLoss),
            ["executePrice"] = order.ExecutePrice is { } price ? WireFormat.Fixed(price, product.Digits) : null,
            ["digits"] = product.Digits,
            ["symbolName"] = product.Name,
            ["profit"] = WireFormat.Fixed(order.Pnl ?? 0m, digits),
            ["direction"] = order.Direction,
        };
    }

    public static JsonObject Record(Order order)
    {
        var product = order.Product;
        var digits = order.Holder.Digits;
        return new JsonObject
        {
            ["id"] = order.Id,
            ["dealId"] = order.DealId,
            ["bizType"] = order.BizType,
            ["direction"] = order.Direction,
            ["status"] = order.Status,
            ["customerGroupId"] = order.Holder.CustomerGroupId,
            ["symbolId"] = product.Id,
            ["digits"] = product.Digits,
            ["symbolName"] = product.Name,
            ["requestPrice"] = WireFormat.Fixed(order.RequestPrice, product.Digits),
            ["requestNum"] = Text(order.RequestNum),
            ["contractSize"] = WireFormat.Trim(product.ContractSize),
            ["executePrice"] = order.ExecutePrice is { } price ? WireFormat.Fixed(price, product.Digits) : null,
            ["requestTime"] = UnixTime.Ms(order.RequestTime),
            ["executeTime"] = order.ExecuteTime is { } executed ? UnixTime.Ms(executed) : null,
            ["fee"] = WireFormat.Fixed(order.Fee, digits),
            ["executeMargin"] = null,
            ["accountDigits"] = digits,
            ["executeNum"] = Text(order.ExecuteNum),
            ["cancelNum"] = Text(order.Status == Order.Cancelled ? order.RequestNum : 0m),
            ["positionId"] = order.PositionId,
            ["stopLoss"] = Text(order.StopLoss),
            ["takeProfit"] = Text(order.TakeProfit),
            ["remark"] = order.Remark,
            ["createTime"] = UnixTime.Ms(order.CreateTime),
            ["updateTime"] = UnixTime.Ms(order.UpdateTime),
            ["seq"] = null,
            ["interest"] = 0,
            ["pnl"] = WireFormat.Scaled(order.Pnl ?? 0m, digits),
            ["source"] = order.Source,
            ["thirdPartyOrder"] = order.ThirdPartyOrder,
        };
    }

    private static string Text(decimal value) => WireFormat.Trim(value).ToString(CultureInfo.InvariantCulture);

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
