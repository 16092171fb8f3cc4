using System.Globalization;
using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>
/// An open position as queryPositionPage and queryAllPositionPage return it (the vendor's examples' fields): prices as
/// strings in the product's digits, amounts in the account's, quantities as numbers; <c>profit</c> is the floating P&amp;L
/// at the current quote.
/// </summary>
internal static class PositionJson
{
    public static JsonObject Create(Position position, decimal? closePrice, long companyId, bool withCustomer)
    {
        var digits = position.Holder.Digits;
        var symbolDigits = position.Product.Digits;
        var zero = WireFormat.Fixed(0m, digits);
        var margin = WireFormat.Fixed(position.Margin, digits);
        var json = new JsonObject
        {
            ["positionId"] = position.Id,
            ["orderId"] = position.OrderId,
            ["dealId"] = position.DealId,
            ["status"] = "1",
            ["direction"] = position.Direction,
            ["symbolId"] = position.Product.Id,
            ["symbolName"] = position.Product.Name,
            ["tradeType"] = position.Holder.TradeType,
            ["accountId"] = position.Holder.AccountId,
            ["companyId"] = companyId,
            ["openAccountDigits"] = digits,
            ["openSymbolDigits"] = symbolDigits,
            ["openContractSize"] = WireFormat.Trim(position.Product.ContractSize),
            ["openPrice"] = WireFormat.Fixed(position.OpenPrice, symbolDigits),
            ["openNum"] = WireFormat.Trim(position.Quantity),
            ["openVolume"] = WireFormat.Trim(position.Volume),
            ["volume"] = WireFormat.Trim(position.Volume),
            ["openTime"] = UnixTime.Ms(position.OpenTime),
            ["openFee"] = WireFormat.Fixed(position.OpenFee, digits),
            ["openMargin"] = margin,
            ["margin"] = margin,
            ["occupyTheMargin"] = margin,
            ["crossLevelNum"] = Position.Leverage,
            ["adjustCrossLevel"] = "1-100",
            ["canReduceMargin"] = zero,
            ["maintenanceMargin"] = zero,
            ["warningMargin"] = zero,
            ["singleMargin"] = null,
            ["resp"] = null,
            ["profit"] = WireFormat.Fixed(closePrice is { } price ? position.Pnl(price) : 0m, digits),
            ["interest"] = zero,
            ["closeAccountDigits"] = digits,
            ["closeSymbolDigits"] = symbolDigits,
            ["closePrice"] = zero,
            ["closeFreeDigits"] = null,
            ["closeTime"] = 0,
            ["closeFee"] = zero,
            ["closeNum"] = 0,
            ["closeVolume"] = 0,
            ["minVolume"] = null,
            ["stopLoss"] = position.StopLoss.ToString(CultureInfo.InvariantCulture),
            ["takeProfit"] = position.TakeProfit.ToString(CultureInfo.InvariantCulture),
            ["stopLossDecimal"] = WireFormat.Unscaled(position.StopLoss, symbolDigits),
            ["takeProfitDecimal"] = WireFormat.Unscaled(position.TakeProfit, symbolDigits),
            ["marginSetType"] = "1",
            ["remark"] = null,
            ["source"] = position.Source,
            ["thirdPartyOrder"] = position.ThirdPartyOrder,
        };
        if (withCustomer)
        {
            json["bizType"] = Deal.MarketOpen;
            json["customerId"] = position.Holder.CustomerId;
            json["customerNo"] = position.Holder.CustomerNo;
        }

        return json;
    }
}
