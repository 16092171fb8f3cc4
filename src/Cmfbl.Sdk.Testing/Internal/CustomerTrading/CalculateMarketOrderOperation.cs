using System.Text.Json.Nodes;
using Cmfbl.Sdk.Testing.Internal.Trading;

namespace Cmfbl.Sdk.Testing.Internal.CustomerTrading;

/// <summary>
/// <c>tradeapi.app.CfdMMOrderApiService.calculateMarketOrder</c>: what the order would cost now, without placing it:
/// <c>calculatePrice</c> (the market's ask for a buy, bid for a sell; the order's price for bizType 10 and 11), the
/// <c>margin</c> an opening order needs (0 for a close) and the <c>fee</c>.
/// </summary>
internal sealed class CalculateMarketOrderOperation(FakeBackend backend, MarketPrices prices)
    : OrderTicketOperation(backend, "tradeapi.app.CfdMMOrderApiService.calculateMarketOrder")
{
    protected override Outcome Handle(OrderTicket ticket)
    {
        var (product, holder) = (ticket.Product, ticket.Holder);
        decimal price;
        if (Deal.IsPending(ticket.BizType))
        {
            price = ticket.RequestPrice;
        }
        else if (prices.OpenPrice(product, holder.TradeType, ticket.Direction) is { } market)
        {
            price = market;
        }
        else
        {
            return TradeErrors.NoQuote;
        }

        var quantity = ticket.Volume * product.ContractSize;
        var margin = ticket.BizType == Deal.MarketClose ? 0m : quantity * price / Position.Leverage;
        return Outcome.Ok(new JsonObject
        {
            ["margin"] = WireFormat.Fixed(margin, holder.Digits),
            ["calculatePrice"] = WireFormat.Fixed(price, product.Digits),
            ["fee"] = WireFormat.Fixed(Fees.Of(quantity, price, holder.Digits), holder.Digits),
        });
    }
}
