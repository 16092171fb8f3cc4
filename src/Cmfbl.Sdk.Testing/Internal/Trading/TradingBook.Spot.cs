using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>
/// Spot market orders: a fill at the quote (the ask for a buy, the bid for a sell) moves the quote-currency account by
/// quantity × price and the base-currency account by the quantity, and charges the fee (0.05 % of the value, in the
/// quote currency). No position; the order, its deal and the three ledger rows are booked in one lock.
/// </summary>
internal sealed partial class TradingBook
{
    public (Order? Order, FakeError? Error) TradeSpot(SpotTicket ticket, MarketPrices prices)
    {
        var events = new List<(string, JsonObject)>();
        Order order;
        lock (_gate)
        {
            var (cash, coin, product) = (ticket.QuoteAccount, ticket.BaseAccount, ticket.Product);
            if (!product.Hours.IsOpen(time.GetUtcNow()))
            {
                return (null, TradeErrors.OutsideTradingHours);
            }

            if (prices.Quote(product, cash.TradeType) is not { } quote)
            {
                return (null, TradeErrors.NoQuote);
            }

            var buy = ticket.Direction == 1;
            var price = buy ? quote.Ask : quote.Bid;
            var value = Math.Round(ticket.Quantity * price, cash.Digits, MidpointRounding.AwayFromZero);
            var fee = Fees.Of(ticket.Quantity, price, cash.Digits);
            var (payer, needed) = buy ? (cash, value + fee) : (coin, ticket.Quantity);
            var free = FreeMarginLocked(payer);
            if (needed > free)
            {
                return (null, TradeErrors.InsufficientBalance(needed, free, payer.Currency));
            }

            var now = time.GetUtcNow();
            var deal = new Deal(_nextDeal++, _nextOrder++, null, ticket.BizType, cash, product, ticket.Direction, ticket.Quantity, price, null, now)
            {
                Fee = fee,
                Source = ticket.Source,
                ThirdPartyOrder = ticket.ThirdPartyOrder,
            };
            order = Executed(
                new Order(deal.OrderId, cash, product, ticket.BizType, ticket.Direction, ticket.Quantity, ticket.RequestPrice, ticket.RequestTime)
                {
                    Source = ticket.Source,
                    ThirdPartyOrder = ticket.ThirdPartyOrder,
                    Remark = ticket.Remark,
                    CreateTime = now,
                },
                deal.Id,
                0,
                price,
                now) with { PositionId = null, Fee = fee };
            _deals.Add(deal);
            _orders.Add(order);
            events.Add(("trade_deal", DealJson.Create(deal, customers.CompanyId)));
            BookLocked(cash, FlowKind.SpotTrade, buy ? -value : value, null, order.Id, deal.Id, events);
            BookLocked(coin, FlowKind.SpotTrade, buy ? ticket.Quantity : -ticket.Quantity, null, order.Id, deal.Id, events);
            if (fee != 0)
            {
                BookLocked(cash, FlowKind.SpotFee, -fee, null, order.Id, deal.Id, events);
            }
        }

        Announce(events);
        return (order, null);
    }
}
