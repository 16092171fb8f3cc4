using System.Text.Json.Nodes;
using Cmfbl.Sdk.Testing.Internal.Config;
using Cmfbl.Sdk.Testing.Internal.Trading;

namespace Cmfbl.Sdk.Testing.Internal.CustomerTrading;

/// <summary>
/// <c>tradeapi.app.OrderApiService.addOrder</c> on trade type 5 (spot; REFERENCE §7: spot orders go through
/// <c>addOrder</c>): a market order (bizType 1 or 12) for <c>requestNum</c> of the product's base currency, filled at
/// once between the customer's two spot accounts (e.g. USDT and BTC for BTC_USDT), answered like <c>addMarketOrder</c>
/// (<c>positionId</c> null). Limit orders (13) and the other trade types are not served (<c>GATEWAY_CODE_104</c> naming
/// <c>bizType</c> / <c>tradeType</c>). Paying more than the quote account holds, or selling more than the base account
/// holds, is <c>E000001</c> with the reason [inferred].
/// </summary>
internal sealed class AddSpotOrderOperation(FakeBackend backend, MarketPrices prices)
    : CustomerTradeOperation(backend, "tradeapi.app.OrderApiService.addOrder")
{
    private const int SpotTradeType = 5;
    private const int MarketByQuantity = 1;
    private const int Market = 12;

    protected override Outcome Handle(JsonObject body, FakeCustomer customer, int tradeType)
    {
        if (tradeType != SpotTradeType)
        {
            return Errors.BadParameter("tradeType");
        }

        if (JsonRead.Int64(body, "bizType") is not ({ } bizType and (MarketByQuantity or Market)))
        {
            return Errors.BadParameter("bizType");
        }

        if (JsonRead.Int64(body, "direction") is not ({ } direction and (1 or 2)))
        {
            return Errors.BadParameter("direction");
        }

        if (JsonRead.Int64(body, "symbolId") is not { } symbolId || ProductCatalog.Find(symbolId) is not { } product || !product.OffersTradeType(SpotTradeType))
        {
            return TradeErrors.SymbolNotConfigured;
        }

        var cash = customer.Accounts.FirstOrDefault(a => a.TradeType == SpotTradeType && string.Equals(a.Currency, product.ProfitCurrency, StringComparison.OrdinalIgnoreCase));
        var coin = customer.Accounts.FirstOrDefault(a => a.TradeType == SpotTradeType && string.Equals(a.Currency, product.BaseCurrency, StringComparison.OrdinalIgnoreCase));
        if (cash is null || coin is null)
        {
            return Errors.DataNotFound;
        }

        if (JsonRead.Decimal(body, "requestNum") is not { } quantity || quantity <= 0 || Math.Round(quantity, coin.Digits) != quantity)
        {
            return Errors.BadParameter("requestNum");
        }

        if (!OrderTicketReader.TryScaled(body, "requestPrice", out var requestPrice) || JsonRead.Int64(body, "requestTime") is not { } requestTime)
        {
            return Errors.BadParameter(JsonRead.Int64(body, "requestTime") is null ? "requestTime" : "requestPrice");
        }

        var ticket = new SpotTicket(
            Holder.Of(customer, cash),
            Holder.Of(customer, coin),
            product,
            (int)bizType,
            (int)direction,
            quantity,
            WireFormat.ToDecimal(requestPrice ?? 0, product.Digits),
            DateTimeOffset.FromUnixTimeMilliseconds(requestTime),
            JsonRead.Text(body, "source") ?? "System",
            JsonRead.Text(body, "thirdPartyOrder"),
            JsonRead.Text(body, "remark"));
        var (order, refused) = Backend.Trading.TradeSpot(ticket, prices);
        return order is null ? refused! : Outcome.Ok(OrderJson.Placed(order, null));
    }
}
