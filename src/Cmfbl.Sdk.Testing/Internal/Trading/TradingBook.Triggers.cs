using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>
/// What a quote change sets off (the fake's matching engine): pending orders the market reached fill, positions whose
/// stop-loss or take-profit the market crossed close. Both happen only while the product trades, at the quote (the ask
/// for a buy, the bid for a sell): a limit order fills at its price or better, a stop order or a stop-loss may slip
/// past its price when the quote jumps.
/// </summary>
internal sealed partial class TradingBook
{
    /// <summary>Fills the pending orders and closes the positions of product <paramref name="symbolId"/> the current quotes trigger.</summary>
    public void OnQuote(long symbolId, MarketPrices prices)
    {
        var events = new List<(string, JsonObject)>();
        lock (_gate)
        {
            SweepLocked(symbolId, prices, events);
        }

        Announce(events);
    }

    /// <summary>Runs the triggers of one product; the caller holds the lock.</summary>
    private void SweepLocked(long symbolId, MarketPrices prices, List<(string, JsonObject)> events)
    {
        var now = time.GetUtcNow();
        foreach (var pending in _pending.FindAll(p => p.Product.Id == symbolId && p.Product.Hours.IsOpen(now)))
        {
            TryFillLocked(pending, prices, events);
        }

        foreach (var position in _positions.FindAll(p => p.Product.Id == symbolId && p.Product.Hours.IsOpen(now)))
        {
            if (prices.ClosePrice(position) is { } close && position.Trigger(close) is { } bizType)
            {
                TriggerCloseLocked(position, close, bizType, events);
            }
        }
    }

    /// <summary>Fills <paramref name="pending"/> when the current quote reaches it; the caller holds the lock and has checked the trading hours.</summary>
    private void TryFillLocked(PendingOrder pending, MarketPrices prices, List<(string, JsonObject)> events)
    {
        if (prices.Quote(pending.Product, pending.Holder.TradeType) is { } quote
            && pending.IsReachedBy(pending.Direction == 1 ? quote.Ask : quote.Bid))
        {
            FillLocked(pending, quote, events);
        }
    }

    /// <summary>
    /// Fills a pending order: a position and a deal (bizType 12 limit open, or 11 for a stop order), the order executed.
    /// An order whose stops or margin no longer hold is cancelled (status 4) with the reason as its remark [inferred].
    /// </summary>
    private void FillLocked(PendingOrder pending, Streams.FakeQuote quote, List<(string, JsonObject)> events)
    {
        _pending.Remove(pending);
        var index = _orders.FindIndex(o => o.Id == pending.OrderId);
        var order = _orders[index];
        var dealBizType = pending.BizType == Deal.StopPending ? Deal.StopPending : Deal.LimitOpen;
        var (position, deal, refused) = OpenPositionLocked(pending.Holder, pending.Product, pending.Direction, pending.Volume, quote, order.StopLoss, order.TakeProfit, order.Source, order.ThirdPartyOrder, order.Id, dealBizType, events);
        _orders[index] = position is null
            ? order with { Status = Order.Cancelled, Remark = refused!.Msg, UpdateTime = time.GetUtcNow() }
            : Executed(order, deal!.Id, position.Id, deal.Price, deal.Time) with { Fee = deal.Fee };
    }

    /// <summary>Closes a whole position its stop-loss (bizType 3) or take-profit (4) triggered, with a system order at <paramref name="price"/>.</summary>
    private void TriggerCloseLocked(Position position, decimal price, int bizType, List<(string, JsonObject)> events)
    {
        var now = time.GetUtcNow();
        var level = WireFormat.ToDecimal(bizType == Deal.StopLossClose ? position.StopLoss : position.TakeProfit, position.Product.Digits);
        ClosePositionLocked(
            _positions.IndexOf(position),
            position.Volume,
            price,
            id => new Order(id, position.Holder, position.Product, bizType, position.CloseDirection, position.Volume, level, now)
            {
                StopLoss = position.StopLoss,
                TakeProfit = position.TakeProfit,
                Source = "System",
                CreateTime = now,
                UpdateTime = now,
            },
            bizType == Deal.StopLossClose ? FlowKind.StopLossPnl : FlowKind.TakeProfitPnl,
            events);
    }
}
