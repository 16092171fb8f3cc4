using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>
/// A customer's own orders (the Client API): market open and close, limit pending orders, stop-loss and take-profit,
/// cancelling one pending order. Fees and profit or loss move the balance with their ledger rows in the same lock.
/// </summary>
internal sealed partial class TradingBook
{
    /// <summary>
    /// Places <paramref name="ticket"/>: bizType 1 opens a position at the market (ask for a buy, bid for a sell),
    /// 2 closes (part of) a position at the market, 10 books a pending order at the requested price (it waits: the fake
    /// has no matching engine). Returns the order and, for 1 and 2, the position as opened or as it was before closing.
    /// </summary>
    public (Order? Order, Position? Position, FakeError? Error) Place(OrderTicket ticket, MarketPrices prices)
    {
        var events = new List<(string, JsonObject)>();
        (Order? Order, Position? Position, FakeError? Error) result;
        lock (_gate)
        {
            result = ticket.BizType switch
            {
                Deal.MarketOpen => OpenLocked(ticket, prices, events),
                Deal.MarketClose => CloseLocked(ticket, prices, events),
                _ => (PendLocked(ticket), null, null),
            };
        }

        Announce(events);
        return result;
    }

    /// <summary>Sets a position's stop-loss and take-profit (scaled; 0 removes one, null leaves it), checked against the price it would close at now.</summary>
    public (Position? Position, FakeError? Error) SetStops(Holder holder, long positionId, long orderId, long? stopLoss, long? takeProfit, MarketPrices prices)
    {
        var events = new List<(string, JsonObject)>();
        Position updated;
        lock (_gate)
        {
            var index = _positions.FindIndex(p => p.Id == positionId && p.OrderId == orderId && p.Holder.AccountId == holder.AccountId);
            if (index < 0)
            {
                return (null, TradeErrors.PositionNotFound);
            }

            var position = _positions[index];
            updated = position with { StopLoss = stopLoss ?? position.StopLoss, TakeProfit = takeProfit ?? position.TakeProfit };
            if (prices.ClosePrice(position) is { } close && StopsError(position.Direction, WireFormat.Scaled(close, position.Product.Digits), updated.StopLoss, updated.TakeProfit) is { } error)
            {
                return (null, error);
            }

            _positions[index] = updated;
            events.Add(("position_update", LedgerJson.PositionEvent(updated)));
        }

        Announce(events);
        return (updated, null);
    }

    /// <summary>Cancels one pending order of the account's customer on the trade type; returns it, or the refusal.</summary>
    public (PendingOrder? Order, FakeError? Error) CancelOne(long customerId, int tradeType, long orderId)
    {
        lock (_gate)
        {
            if (_pending.Find(o => o.OrderId == orderId && o.Holder.CustomerId == customerId && o.Holder.TradeType == tradeType) is not { } pending)
            {
                return (null, _orders.Exists(o => o.Id == orderId && o.Holder.CustomerId == customerId)
                    ? TradeErrors.OrderFailed with { Msg = FormattableString.Invariant($"Order failed: order {orderId} is not a pending order") }
                    : Errors.DataNotFound);
            }

            CancelLocked(pending);
            return (pending, null);
        }
    }

    /// <summary>The stop-loss or take-profit that is on the wrong side of <paramref name="closeScaled"/> (the scaled price a position of <paramref name="direction"/> closes at), or null.</summary>
    private static FakeError? StopsError(int direction, long closeScaled, long stopLoss, long takeProfit)
    {
        var buy = direction == 1;
        if (stopLoss != 0 && (buy ? stopLoss >= closeScaled : stopLoss <= closeScaled))
        {
            return TradeErrors.StopLossOutOfRange with { MsgParams = stopLoss.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }

        return takeProfit != 0 && (buy ? takeProfit <= closeScaled : takeProfit >= closeScaled)
            ? TradeErrors.TakeProfitOutOfRange with { MsgParams = takeProfit.ToString(System.Globalization.CultureInfo.InvariantCulture) }
            : null;
    }

    private (Order?, Position?, FakeError?) OpenLocked(OrderTicket ticket, MarketPrices prices, List<(string, JsonObject)> events)
    {
        var (holder, product) = (ticket.Holder, ticket.Product);
        if (prices.Quote(product, holder.TradeType) is not { } quote)
        {
            return (null, null, TradeErrors.NoQuote);
        }

        var price = ticket.Direction == 1 ? quote.Ask : quote.Bid;
        var closeScaled = WireFormat.Scaled(ticket.Direction == 1 ? quote.Bid : quote.Ask, product.Digits);
        if (StopsError(ticket.Direction, closeScaled, ticket.StopLoss, ticket.TakeProfit) is { } stopsError)
        {
            return (null, null, stopsError);
        }

        var now = time.GetUtcNow();
        var probe = new Position(0, 0, 0, holder, product, ticket.Direction, ticket.Volume, price, now);
        var fee = Fees.Of(probe.Quantity, price, holder.Digits);
        var free = FreeMarginLocked(holder);
        if (probe.Margin + fee > free)
        {
            return (null, null, TradeErrors.InsufficientMargin(probe.Margin + fee, free, holder.Currency));
        }

        var position = probe with
        {
            Id = NextPositionId(now),
            OrderId = _nextOrder++,
            DealId = _nextDeal++,
            StopLoss = ticket.StopLoss,
            TakeProfit = ticket.TakeProfit,
            OpenFee = fee,
            Source = ticket.Source,
            ThirdPartyOrder = ticket.ThirdPartyOrder,
        };
        var deal = new Deal(position.DealId, position.OrderId, position.Id, Deal.MarketOpen, holder, product, ticket.Direction, ticket.Volume, price, null, now)
        {
            Fee = fee,
            Source = ticket.Source,
            ThirdPartyOrder = ticket.ThirdPartyOrder,
        };
        var order = Executed(NewOrder(position.OrderId, ticket), deal.Id, position.Id, price, now) with { Fee = fee };
        _positions.Add(position);
        _deals.Add(deal);
        _orders.Add(order);
        events.Add(("position_insert", LedgerJson.PositionEvent(position)));
        events.Add(("trade_deal", DealJson.Create(deal, customers.CompanyId)));
        if (fee != 0)
        {
            BookLocked(holder, FlowKind.OpenFee, -fee, null, order.Id, deal.Id, events);
        }

        return (order, position, null);
    }

    private (Order?, Position?, FakeError?) CloseLocked(OrderTicket ticket, MarketPrices prices, List<(string, JsonObject)> events)
    {
        var index = _positions.FindIndex(p => p.Id == ticket.PositionId && p.Holder.AccountId == ticket.Holder.AccountId);
        if (index < 0)
        {
            return (null, null, TradeErrors.PositionNotFound);
        }

        var position = _positions[index];
        if (position.Product.Id != ticket.Product.Id || ticket.Direction != position.CloseDirection)
        {
            return (null, null, Errors.BadParameter(position.Product.Id != ticket.Product.Id ? "symbolId" : "direction") with
            {
                Msg = FormattableString.Invariant($"Position {position.Id} is product {position.Product.Id}, closed with direction {position.CloseDirection}"),
            });
        }

        if (ticket.Volume > position.Volume)
        {
            return (null, null, TradeErrors.QuantityOutOfRange with { Msg = FormattableString.Invariant($"The quantity is out of range: the position holds {position.Volume}") });
        }

        if (prices.ClosePrice(position) is not { } price)
        {
            return (null, null, TradeErrors.NoQuote);
        }

        var now = time.GetUtcNow();
        var pnl = position.Pnl(price, ticket.Volume);
        var fee = Fees.Of(ticket.Volume * position.Product.ContractSize, price, position.Holder.Digits);
        var deal = new Deal(_nextDeal++, _nextOrder++, position.Id, Deal.MarketClose, position.Holder, position.Product, ticket.Direction, ticket.Volume, price, pnl, now)
        {
            Fee = fee,
            Source = ticket.Source,
            ThirdPartyOrder = ticket.ThirdPartyOrder,
        };
        var order = Executed(NewOrder(deal.OrderId, ticket), deal.Id, position.Id, price, now) with { Fee = fee, Pnl = pnl };
        if (ticket.Volume == position.Volume)
        {
            _positions.RemoveAt(index);
            events.Add(("position_delete", LedgerJson.PositionEvent(position)));
        }
        else
        {
            _positions[index] = position with { Volume = position.Volume - ticket.Volume };
            events.Add(("position_update", LedgerJson.PositionEvent(_positions[index])));
        }

        _deals.Add(deal);
        _orders.Add(order);
        events.Add(("trade_deal", DealJson.Create(deal, customers.CompanyId)));
        if (pnl != 0)
        {
            BookLocked(position.Holder, FlowKind.MarketClosePnl, pnl, null, order.Id, deal.Id, events);
        }

        if (fee != 0)
        {
            BookLocked(position.Holder, FlowKind.CloseFee, -fee, null, order.Id, deal.Id, events);
        }

        return (order, position, null);
    }

    private Order PendLocked(OrderTicket ticket)
    {
        var now = time.GetUtcNow();
        var order = NewOrder(_nextOrder++, ticket);
        _pending.Add(new PendingOrder(order.Id, ticket.Holder, ticket.Product, ticket.Direction, ticket.Volume, ticket.RequestPrice, now));
        _orders.Add(order);
        return order;
    }

    private Order NewOrder(long id, OrderTicket ticket) =>
        new(id, ticket.Holder, ticket.Product, ticket.BizType, ticket.Direction, ticket.Volume, ticket.RequestPrice, ticket.RequestTime)
        {
            StopLoss = ticket.StopLoss,
            TakeProfit = ticket.TakeProfit,
            Source = ticket.Source,
            ThirdPartyOrder = ticket.ThirdPartyOrder,
            Remark = ticket.Remark,
            CreateTime = time.GetUtcNow(),
            UpdateTime = time.GetUtcNow(),
        };

    /// <summary>The balance less the frozen amount and the margin of the account's open positions; the caller holds the lock.</summary>
    private decimal FreeMarginLocked(Holder holder)
    {
        var account = customers.FindAccount(holder.AccountId)!.Value.Account;
        var used = _positions.Where(p => p.Holder.AccountId == holder.AccountId).Sum(p => p.Margin);
        return Math.Max(account.Balance - account.Frozen - used, 0m);
    }
}
