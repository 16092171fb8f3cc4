using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>
/// <c>tradeapi.admin.OrderAdminApiService.forcedOrder</c> (group tradeApi): closes every position of the customer on
/// the trade type at the market, books each one's profit or loss into the balance, and records a closing deal
/// (business type 8) per position. <c>data</c> describes the first position closed, as the vendor's one-object example
/// does; <c>{}</c> when there was none.
/// </summary>
internal sealed class ForceCloseOperation(FakeBackend backend, MarketPrices prices)
    : OperationBase("tradeapi.admin.OrderAdminApiService.forcedOrder", group: HeaderNames.TradeApiGroup)
{
    public override Outcome Handle(OperationCall call)
    {
        if (!CustomerLookup.TryFind(backend.Customers, call.Body, Errors.BadParameter, out var customer, out var error, CustomerFields.Required))
        {
            return error;
        }

        var closed = backend.Trading.ForceClose(customer.Id, (int)JsonRead.Int64(call.Body, "tradeType")!.Value, prices);
        if (closed.Count == 0)
        {
            return Outcome.Ok(new JsonObject());
        }

        var (position, deal) = closed[0];
        var digits = position.Holder.Digits;
        var symbolDigits = position.Product.Digits;
        return Outcome.Ok(new JsonObject
        {
            ["tradeVolume"] = position.Volume.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["symbolId"] = position.Product.Id,
            ["orderId"] = deal.OrderId,
            ["fee"] = WireFormat.Fixed(0m, digits),
            ["openOrClose"] = 2,
            ["openPrice"] = WireFormat.Fixed(position.OpenPrice, symbolDigits),
            ["takeProfit"] = null,
            ["positionId"] = position.Id,
            ["interest"] = WireFormat.Fixed(0m, digits),
            ["openDirection"] = position.Direction,
            ["stopLoss"] = null,
            ["executePrice"] = WireFormat.Fixed(deal.Price, symbolDigits),
            ["digits"] = symbolDigits,
            ["symbolName"] = position.Product.Name,
            ["profit"] = WireFormat.Fixed(deal.Pnl ?? 0m, digits),
            ["direction"] = deal.Direction,
        });
    }
}
