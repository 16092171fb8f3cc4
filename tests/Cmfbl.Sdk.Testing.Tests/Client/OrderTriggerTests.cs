using Cmfbl.Sdk.ClientApi.Trading.Models;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Testing.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests.Client;

public sealed class OrderTriggerTests : CustomerTradingTest
{
    [Fact]
    public async Task LimitBuy_QuoteFallsToItsPrice_FillsAtTheAskAndTheOrderPageShowsItExecuted()
    {
        await LoginTraderAsync();
        var placed = await Session.CrossMarginOrders.AddMarketOrderAsync(Order(10, 1, 0.1m, 64000.00m, stopLoss: 60000.00m));

        Server.Streams.Market.SetQuote(Btc, bid: 64100.00m, ask: 64100.50m);
        var stillPending = Assert.Single((await OrdersAsync()).Records);
        Server.Streams.Market.SetQuote(Btc, bid: 63999.00m, ask: 63999.50m);

        Assert.Null(placed.PositionId);
        Assert.Equal((1, (long?)null), (stillPending.Status!.Value, stillPending.PositionId));
        var order = Assert.Single((await OrdersAsync()).Records);
        var position = Assert.Single(await MyPositionsAsync());
        Assert.Equal((placed.OrderId, 10, 2, "63999.50", "3.2000", position.PositionId), (order.Id, order.BizType!.Value, order.Status!.Value, order.ExecutePrice, order.Fee, order.PositionId));
        Assert.Equal(("63999.50", "60000.00", placed.OrderId), (position.OpenPrice, position.StopLossDecimal, position.OrderId));
        Assert.Equal(9996.80m, await BalanceAsync(Trader)); // 10 000 − 0.05 % of 0.1 × 63999.50
        var deal = Assert.Single(await Manager.TradeDeals.GetTradeDealInfoByOrderIdAsync(new GetTradeDealInfoByOrderIdRequest { OrderId = placed.OrderId!.Value, TradeType = TradeType.ContractCross }));
        Assert.Equal((12, 6_399_950m, order.DealId), (deal.BizType!.Value, deal.ExecutePrice!.Value, deal.DealId)); // 12: limit open
    }

    [Fact]
    public async Task StopSell_QuoteJumpsThroughItsPrice_FillsAtTheBidPastThePrice()
    {
        await LoginTraderAsync();
        var placed = await Session.CrossMarginOrders.AddMarketOrderAsync(Order(11, 2, 0.1m, 64000.00m));

        Server.Streams.Market.SetQuote(Btc, bid: 64000.01m, ask: 64000.51m);
        var pendingBefore = Assert.Single((await OrdersAsync()).Records).Status;
        Server.Streams.Market.SetQuote(Btc, bid: 63950.00m, ask: 63950.50m);

        Assert.Equal(1, pendingBefore);
        var position = Assert.Single(await MyPositionsAsync());
        Assert.Equal((2, "63950.00", placed.OrderId), (position.Direction!.Value, position.OpenPrice, position.OrderId));
        var deal = Assert.Single(await Manager.TradeDeals.GetTradeDealInfoByOrderIdAsync(new GetTradeDealInfoByOrderIdRequest { OrderId = placed.OrderId!.Value, TradeType = TradeType.ContractCross }));
        Assert.Equal(11, deal.BizType!.Value);
    }

    [Fact]
    public async Task LimitBuy_AboveTheAsk_FillsAtOnceAtTheAsk()
    {
        await LoginTraderAsync();

        var placed = await Session.CrossMarginOrders.AddMarketOrderAsync(Order(10, 1, 0.1m, 66000.00m));

        var position = Assert.Single(await MyPositionsAsync());
        Assert.Equal((position.PositionId, "65000.50"), (placed.PositionId, placed.ExecutePrice));
        Assert.Equal(2, Assert.Single((await OrdersAsync()).Records).Status!.Value);
    }

    [Fact]
    public async Task LimitBuy_FilledWithoutTheMargin_IsCancelledWithTheReasonAndOpensNothing()
    {
        await LoginTraderAsync(balance: 100m);
        await Session.CrossMarginOrders.AddMarketOrderAsync(Order(10, 1, 0.1m, 64000.00m));

        Server.Streams.Market.SetQuote(Btc, bid: 63900.00m, ask: 63900.50m);

        var order = Assert.Single((await OrdersAsync()).Records);
        Assert.Equal(4, order.Status!.Value);
        Assert.Contains("insufficient margin", order.Remark, StringComparison.Ordinal);
        Assert.Empty(await MyPositionsAsync());
        Assert.Equal(100m, await BalanceAsync(Trader));
    }

    [Fact]
    public async Task LimitBuy_OnAClosedMarket_WaitsUntilTheSessionOpens()
    {
        await LoginTraderAsync();
        var euro = Order(10, 1, 0.01m, 1m) with { SymbolId = 3, RequestPrice = ScaledPrice.From(1.08000m, 5) };
        await Session.CrossMarginOrders.AddMarketOrderAsync(euro);
        Clock.Advance(TimeSpan.FromDays(3)); // Saturday 12:00 UTC: EURUSD is closed

        Server.Streams.Market.SetQuote(3, bid: 1.07990m, ask: 1.07995m);
        var whileClosed = await MyPositionsAsync();
        Clock.Advance(TimeSpan.FromDays(2)); // Monday
        Server.Streams.Market.SetQuote(3, bid: 1.07991m, ask: 1.07996m);

        Assert.Empty(whileClosed);
        Assert.Equal("1.07996", Assert.Single(await MyPositionsAsync()).OpenPrice);
    }

    [Fact]
    public async Task StopLoss_QuoteCrossesIt_ClosesThePositionAndBooksTheLossAndTheFee()
    {
        await LoginTraderAsync();
        var opened = await Session.CrossMarginOrders.AddMarketOrderAsync(Order(1, 1, 0.1m, 65000.50m, stopLoss: 64000.00m, takeProfit: 70000.00m));

        Server.Streams.Market.SetQuote(Btc, bid: 64000.01m, ask: 64000.51m);
        var openBefore = await MyPositionsAsync();
        Server.Streams.Market.SetQuote(Btc, bid: 63900.00m, ask: 63900.50m);

        Assert.Single(openBefore);
        Assert.Empty(await MyPositionsAsync());
        Assert.Empty(await PositionsAsync(Trader));
        Assert.Equal(9883.5050m, await BalanceAsync(Trader)); // 9996.75 − 110.05 loss − 3.195 fee
        var flow = await FlowAsync(Trader);
        Assert.Equal(
            [(6002, "0.0000", "3.1950"), (6005, "0.0000", "110.0500"), (6001, "0.0000", "3.2500")],
            flow.Select(r => (r.BusinessType1!.Value, r.AmountIn, r.AmountOut)));
        var close = (await OrdersAsync()).Records[0];
        Assert.Equal((3, 2, "64000.00", "63900.00", opened.PositionId, "System"), (close.BizType!.Value, close.Status!.Value, close.RequestPrice, close.ExecutePrice, close.PositionId, close.Source));
        Assert.Equal(flow[1].OrderId, close.Id);
    }

    [Fact]
    public async Task TakeProfit_OfASell_ClosesWhenTheAskFallsToItAndIsPushedToTheManager()
    {
        await LoginTraderAsync();
        await using var api = new ApiClient(Server);
        await using var events = await RawSocket.ConnectAsync(Server, "openapi-b/ws", new Dictionary<string, string> { ["token"] = await api.AuthAsync(), ["group"] = "crm" });
        var opened = await Session.CrossMarginOrders.AddMarketOrderAsync(Order(1, 2, 0.1m, 65000.00m, takeProfit: 64000.00m));

        Server.Streams.Market.SetQuote(Btc, bid: 63999.00m, ask: 63999.50m);

        Assert.Empty(await MyPositionsAsync());
        var profit = (await FlowAsync(Trader))[1];
        Assert.Equal((6006, "100.0500"), (profit.BusinessType1!.Value, profit.AmountIn)); // (65000.00 − 63999.50) × 0.1
        var received = new List<string?>();
        var dealBizTypes = new List<int?>();
        for (var i = 0; i < 7; i++)
        {
            var frame = await events.ReceiveJsonAsync();
            received.Add((string?)frame["eventType"]);
            if ((string?)frame["eventType"] == "trade_deal")
            {
                Assert.Equal(opened.PositionId, (long?)frame["data"]!["positionId"]);
                dealBizTypes.Add((int?)frame["data"]!["bizType"]);
            }
        }

        Assert.Equal([1, 4], dealBizTypes); // market open, then take-profit close
        Assert.Equal(["position_insert", "trade_deal", "subject_water_insert", "position_delete", "trade_deal", "subject_water_insert", "subject_water_insert"], received);
    }

    [Fact]
    public async Task QueryTradeRecordPage_AfterALimitFillAndItsStopLoss_ListsBothDealsNewestFirst()
    {
        await LoginTraderAsync();
        var placed = await Session.CrossMarginOrders.AddMarketOrderAsync(Order(10, 1, 0.1m, 64000.00m, stopLoss: 63000.00m));
        Server.Streams.Market.SetQuote(Btc, bid: 63999.00m, ask: 63999.50m);
        Server.Streams.Market.SetQuote(Btc, bid: 62900.00m, ask: 62900.50m);

        var all = await Session.Orders.QueryTradeRecordPageAsync(Trades());
        var limitOnly = await Session.Orders.QueryTradeRecordPageAsync(Trades() with { OrderType = 4 });

        Assert.Equal(
            [(3, "63000.00", "62900.00", "-109.9500", "3.1450"), (12, "64000.00", "63999.50", "0.0000", "3.2000")],
            all.List!.Select(d => ((int)d.BizType!.Value, d.RequestPrice, d.ExecutePrice, d.ProfitLoss, d.Commission)));
        Assert.NotNull(Assert.Single(all.List!.Select(d => d.PositionId).Distinct())); // the position the fill opened and the stop-loss closed
        Assert.Equal((1, "Market open"), (all.TotalPage!.Value, all.BizTypeText!.Value1));
        Assert.Equal(placed.OrderId, Assert.Single(limitOnly.List!).OrderId);
    }

    private static QueryTradeRecordPageRequest Trades() => new() { TradeType = TradeType.ContractCross, SortFieldName = "executeTime", SortType = "desc" };
}
