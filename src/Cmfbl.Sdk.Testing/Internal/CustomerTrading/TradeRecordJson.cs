using System.Globalization;
using System.Text.Json.Nodes;
using Cmfbl.Sdk.Testing.Internal.Trading;

namespace Cmfbl.Sdk.Testing.Internal.CustomerTrading;

/// <summary>
/// A deal as <c>tradeapi.app.OrderApiService.queryTradeRecordPage</c> lists it (the schema's fields; the vendor's
/// example has an empty list). Prices, stop-loss and take-profit are decimal strings in the product's digits [inferred:
/// the order page sends stops scaled], amounts in the account's; <c>executeNum</c> lots, <c>realExecuteNum</c> quantity.
/// </summary>
internal static class TradeRecordJson
{
    /// <summary>The names of the contract deal <c>bizType</c>s the fake makes (REFERENCE §7), as <c>bizTypeText</c>.</summary>
    public static JsonObject BizTypeText() => new()
    {
        ["1"] = "Market open",
        ["2"] = "Market close",
        ["3"] = "Stop-loss close",
        ["4"] = "Take-profit close",
        ["8"] = "Manual forced close",
        ["11"] = "Stop order open",
        ["12"] = "Limit open",
    };

    public static JsonObject Record(Deal deal, Order? order)
    {
        var (product, digits) = (deal.Product, deal.Holder.Digits);
        var quantity = deal.Volume * product.ContractSize;
        var margin = deal.Pnl is null ? WireFormat.Fixed(quantity * deal.Price / Position.Leverage, digits) : WireFormat.Fixed(0m, digits);
        var requestPrice = WireFormat.Fixed(order?.RequestPrice ?? deal.Price, product.Digits);
        return new JsonObject
        {
            ["symbolId"] = product.Id,
            ["orderId"] = deal.OrderId,
            ["bizType"] = deal.BizType,
            ["symbolName"] = product.Name,
            ["direction"] = deal.Direction,
            ["requestPrice"] = requestPrice,
            ["executePrice"] = WireFormat.Fixed(deal.Price, product.Digits),
            ["executeNum"] = Text(deal.Volume),
            ["loanAmount"] = null,
            ["executeTime"] = UnixTime.Ms(deal.Time),
            ["outCurrency"] = null,
            ["stopLoss"] = Stop(order?.StopLoss ?? 0, product.Digits),
            ["takeProfit"] = Stop(order?.TakeProfit ?? 0, product.Digits),
            ["commission"] = WireFormat.Fixed(deal.Fee, digits),
            ["profitLoss"] = WireFormat.Fixed(deal.Pnl ?? 0m, digits),
            ["overnightInterest"] = WireFormat.Fixed(0m, digits),
            ["numberStatisticMode"] = "1",
            ["accountCurrency"] = deal.Holder.Currency,
            ["dealId"] = deal.Id,
            ["positionId"] = deal.PositionId,
            ["originalRequestPrice"] = requestPrice,
            ["realExecuteNum"] = Text(quantity),
            ["executeMargin"] = margin,
            ["executeAmount"] = WireFormat.Fixed(quantity * deal.Price, digits),
            ["occupyMargin"] = margin,
            ["source"] = deal.Source,
            ["thirdPartyOrder"] = deal.ThirdPartyOrder,
        };
    }

    private static string? Stop(long scaled, int digits) => scaled == 0 ? null : WireFormat.Unscaled(scaled, digits);

    private static string Text(decimal value) => WireFormat.Trim(value).ToString(CultureInfo.InvariantCulture);
}
