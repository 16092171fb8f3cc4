using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>Order actions: cancelling pending orders, force-closing positions.</summary>
internal sealed partial class TradingBook
{
    /// <summary>Removes and returns the customer's pending orders of the trade type.</summary>
    public IReadOnlyList<PendingOrder> CancelPending(long customerId, int tradeType)
    {
        lock (_gate)
        {
            var cancelled = _pending.FindAll(o => o.Holder.CustomerId == customerId && o.Holder.TradeType == tradeType);
            foreach (var order in cancelled)
            {
                CancelLocked(order);
            }

            return cancelled;
        }
    }

    /// <summary>
    /// Closes every position of the customer on the trade type at the market (the open price when the product has no
    /// quote): each gets a closing order and deal (business type 8, manual forced close), and its profit or loss is
    /// booked into the account's balance.
    /// </summary>
    public IReadOnlyList<(Position Position, Deal Deal)> ForceClose(long customerId, int tradeType, MarketPrices prices)
    {
        var events = new List<(string, JsonObject)>();
        var closed = new List<(Position, Deal)>();
        lock (_gate)
        {
            var now = time.GetUtcNow();
            foreach (var position in _positions.FindAll(p => p.Holder.CustomerId == customerId && p.Holder.TradeType == tradeType))
            {
                var price = prices.ClosePrice(position) ?? position.OpenPrice;
                var pnl = position.Pnl(price);
                var deal = new Deal(_nextDeal++, _nextOrder++, position.Id, Deal.ManualForcedClose, position.Holder, position.Product, position.CloseDirection, position.Volume, price, pnl, now);
                _positions.Remove(position);
                _deals.Add(deal);
                _orders.Add(Executed(new Order(deal.OrderId, position.Holder, position.Product, Deal.ManualForcedClose, deal.Direction, position.Volume, price, now) { Pnl = pnl, Source = "System", CreateTime = now }, deal.Id, position.Id, price, now));
                events.Add(("position_delete", LedgerJson.PositionEvent(position)));
                events.Add(("trade_deal", DealJson.Create(deal, customers.CompanyId)));
                if (pnl != 0)
                {
                    BookLocked(position.Holder, FlowKind.ForcedClosePnl, pnl, "Manual forced close", deal.OrderId, deal.Id, events);
                }

                closed.Add((position, deal));
            }
        }

        Announce(events);
        return closed;
    }

    /// <summary>Takes a pending order off the book and marks its order cancelled (status 4); the caller holds the lock.</summary>
    private void CancelLocked(PendingOrder pending)
    {
        _pending.Remove(pending);
        var index = _orders.FindIndex(o => o.Id == pending.OrderId);
        if (index >= 0)
        {
            _orders[index] = _orders[index] with { Status = Order.Cancelled, UpdateTime = time.GetUtcNow() };
        }
    }
}
