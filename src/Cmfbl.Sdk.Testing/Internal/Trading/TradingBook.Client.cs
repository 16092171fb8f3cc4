using System.Text.Json.Nodes;
using Cmfbl.Sdk.Testing.Internal.Config;
using Cmfbl.Sdk.Testing.Internal.Streams;

namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>
/// A customer's own orders (the Client API): market open and close, limit and stop pending orders, stop-loss and
/// take-profit, cancelling one pending order. Fees and profit or loss move the balance with their ledger rows in the same lock.
/// </summary>
internal sealed partial class TradingBook
{
    /// <summary>
    /// Places <paramref name="ticket"/>: bizType 1 opens a position at the market (ask for a buy, bid for a sell),
    /// 2 closes (part of) a position at the market, 10 (limit) and 11 (stop) book a pending order at the requested price,
    /// filled at once when the market already reaches it, else when a quote does (<see cref="OnQuote"/>). Returns the
    /// order and the position as opened, or as it was before closing.
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
                _ => PendLocked(ticket, prices, events),
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
        if (prices.Quote(ticket.Product, ticket.Holder.TradeType) is not { } quote)
        {
            return (null, null, TradeErrors.NoQuote);
        }

        var (position, deal, refused) = OpenPositionLocked(ticket.Holder, ticket.Product, ticket.Direction, ticket.Volume, quote, ticket.StopLoss, ticket.TakeProfit, ticket.Source, ticket.ThirdPartyOrder, null, Deal.MarketOpen, events);
        if (position is null)
        {
            return (null, null, refused);
        }

        var order = Executed(NewOrder(position.OrderId, ticket), deal!.Id, position.Id, deal.Price, deal.Time) with { Fee = deal.Fee };
        _orders.Add(order);
        return (order, position, null);
    }

    /// <summary>
    /// Opens a position at <paramref name="quote"/> (the ask for a buy, the bid for a sell) with its deal of
    /// <paramref name="dealBizType"/> and the opening fee booked against <paramref name="orderId"/> (a new order id when
    /// null), after checking the stops against the price it would close at and the free margin; the caller holds the
    /// lock and adds or updates the order.
    /// </summary>
    private (Position? Position, Deal? Deal, FakeError? Error) OpenPositionLocked(
        Holder holder,
        Product product,
        int direction,
        decimal volume,
        FakeQuote quote,
        long stopLoss,
        long takeProfit,
        string source,
        string? thirdPartyOrder,
        long? orderId,
        int dealBizType,
        List<(string, JsonObject)> events)
    {
        var price = direction == 1 ? quote.Ask : quote.Bid;
        var closeScaled = WireFormat.Scaled(direction == 1 ? quote.Bid : quote.Ask, product.Digits);
        if (StopsError(direction, closeScaled, stopLoss, takeProfit) is { } stopsError)
        {
            return (null, null, stopsError);
        }

        var now = time.GetUtcNow();
        var probe = new Position(0, 0, 0, holder, product, direction, volume, price, now);
        var fee = Fees.Of(probe.Quantity, price, holder.Digits);
        var free = FreeMarginLocked(holder);
        if (probe.Margin + fee > free)
        {
            return (null, null, TradeErrors.InsufficientMargin(probe.Margin + fee, free, holder.Currency));
        }

        var position = probe with
        {
            Id = NextPositionId(now),
            OrderId = orderId ?? _nextOrder++,
            DealId = _nextDeal++,
            StopLoss = stopLoss,
            TakeProfit = takeProfit,
            OpenFee = fee,
            Source = source,
            ThirdPartyOrder = thirdPartyOrder,
        };
        var deal = new Deal(position.DealId, position.OrderId, position.Id, dealBizType, holder, product, direction, volume, price, null, now)
        {
            Fee = fee,
            Source = source,
            ThirdPartyOrder = thirdPartyOrder,
        };
        _positions.Add(position);
        _deals.Add(deal);
        events.Add(("position_insert", LedgerJson.PositionEvent(position)));
        events.Add(("trade_deal", DealJson.Create(deal, customers.CompanyId)));
        if (fee != 0)
        {
            BookLocked(holder, FlowKind.OpenFee, -fee, null, position.OrderId, deal.Id, events);
        }

        return (position, deal, null);
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

        return (ClosePositionLocked(index, ticket.Volume, price, id => NewOrder(id, ticket), FlowKind.MarketClosePnl, events), position, null);
    }

    /// <summary>
    /// Closes <paramref name="volume"/> lots of the position at <paramref name="index"/> at <paramref name="price"/>: the
    /// order <paramref name="newOrder"/> makes for the new order id, its deal, the profit or loss booked as
    /// <paramref name="pnlKind"/> and the closing fee; the caller holds the lock and has checked the rules.
    /// </summary>
    private Order ClosePositionLocked(int index, decimal volume, decimal price, Func<long, Order> newOrder, FlowKind pnlKind, List<(string, JsonObject)> events)
    {
        var position = _positions[index];
        var now = time.GetUtcNow();
        var pnl = position.Pnl(price, volume);
        var fee = Fees.Of(volume * position.Product.ContractSize, price, position.Holder.Digits);
        var template = newOrder(_nextOrder++);
        var deal = new Deal(_nextDeal++, template.Id, position.Id, template.BizType, position.Holder, position.Product, template.Direction, volume, price, pnl, now)
        {
            Fee = fee,
            Source = template.Source,
            ThirdPartyOrder = template.ThirdPartyOrder,
        };
        var order = Executed(template, deal.Id, position.Id, price, now) with { Fee = fee, Pnl = pnl };
        if (volume == position.Volume)
        {
            _positions.RemoveAt(index);
            events.Add(("position_delete", LedgerJson.PositionEvent(position)));
        }
        else
        {
            _positions[index] = position with { Volume = position.Volume - volume };
            events.Add(("position_update", LedgerJson.PositionEvent(_positions[index])));
        }

        _deals.Add(deal);
        _orders.Add(order);
        events.Add(("trade_deal", DealJson.Create(deal, customers.CompanyId)));
        if (pnl != 0)
        {
            BookLocked(position.Holder, pnlKind, pnl, null, order.Id, deal.Id, events);
        }

        if (fee != 0)
        {
            BookLocked(position.Holder, FlowKind.CloseFee, -fee, null, order.Id, deal.Id, events);
        }

        return order;
    }

    /// <summary>Books a pending order and fills it at once when the market reaches it; returns the order as it stands.</summary>
    private (Order?, Position?, FakeError?) PendLocked(OrderTicket ticket, MarketPrices prices, List<(string, JsonObject)> events)
    {
        var now = time.GetUtcNow();
        var order = NewOrder(_nextOrder++, ticket);
        var pending = new PendingOrder(order.Id, ticket.Holder, ticket.Product, ticket.Direction, ticket.Volume, ticket.RequestPrice, now) { BizType = ticket.BizType };
        _pending.Add(pending);
        _orders.Add(order);
        if (ticket.Product.Hours.IsOpen(now))
        {
            // Only this order: other customers' orders and stops wait for a quote, as on the real engine.
            TryFillLocked(pending, prices, events);
        }

        var current = _orders.Find(o => o.Id == order.Id)!;
        return (current, _positions.Find(p => p.Id == current.PositionId), null);
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
