using Cmfbl.Sdk.ClientApi.Platform.Models;
using Cmfbl.Sdk.ClientApi.Trading.Models;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Testing.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests.Client;

public sealed class CustomerTradingTests : CustomerTradingTest
{
    [Fact]
    public async Task Symbols_ListAndDetail_GiveTheDigitsPricesAreScaledBy()
    {
        await LoginTraderAsync();

        var list = await Session.Symbols.GetSymbolListAsync(new ClientGetSymbolListRequest { TradeType = TradeType.ContractCross, CustomerGroupId = Trader.CustomerGroupId });
        var euro = await Session.Symbols.GetSymbolDetailAsync(new GetSymbolDetailRequest { TradeType = TradeType.ContractCross, SymbolId = 3 });

        Assert.Equal(["BTCUSDT", "ETHUSDT", "EURUSD"], list.Select(s => s.Code));
        Assert.Equal((3L, "EURUSD", 5, 100_000, 0.01m, 0.01m), (euro.SymbolId!.Value, euro.SymbolCode, euro.SymbolDigits!.Value, euro.ContractSize!.Value, euro.MinVolume!.Value, euro.VolumeStep!.Value));
        Assert.Contains(euro.TradeTimeList!, t => t.DayOfWeek == 7 && t.StartTime == 22 * 60);
    }

    [Fact]
    public async Task AddMarketOrder_MarketOpen_FillsAtTheAskChargesTheFeeAndTheManagerSeesThePosition()
    {
        await LoginTraderAsync();

        var opened = await Session.CrossMarginOrders.AddMarketOrderAsync(Order(1, 1, 0.1m, 65000.50m, stopLoss: 60000.00m, takeProfit: 70000.00m, thirdPartyOrder: "my_order_1"), idempotencyKey: "open-1");

        Assert.Equal((1, "65000.50", "6000000", "7000000", "-3.2500", 2), (opened.OpenOrClose!.Value, opened.ExecutePrice, opened.StopLoss, opened.TakeProfit, opened.Fee, opened.Digits!.Value));
        var mine = Assert.Single(await MyPositionsAsync());
        Assert.Equal((opened.PositionId, opened.OrderId, "60000.00", "70000.00", "my_order_1"), (mine.PositionId, mine.OrderId, mine.StopLossDecimal, mine.TakeProfitDecimal, mine.ThirdPartyOrder));
        var managerView = Assert.Single(await PositionsAsync(Trader));
        Assert.Equal(opened.PositionId, managerView.PositionId);
        Assert.Equal(9996.75m, await BalanceAsync(Trader)); // 10 000 − 0.05 % of 0.1 × 65000.50
        var fee = Assert.Single(await FlowAsync(Trader));
        Assert.Equal((6, 6001, "3.2500", opened.OrderId), (fee.BusinessType!.Value, fee.BusinessType1!.Value, fee.AmountOut, fee.OrderId));
        var deal = Assert.Single(await Manager.TradeDeals.GetTradeDealInfoByOrderIdAsync(new GetTradeDealInfoByOrderIdRequest { OrderId = opened.OrderId!.Value, TradeType = TradeType.ContractCross }));
        Assert.Equal((fee.DealId, 6_500_050m, 32_500m, "my_order_1"), (deal.DealId, deal.ExecutePrice!.Value, deal.Fee!.Value, deal.ThirdPartyOrder)); // scaled by digits 2 and feeDigits 4
    }

    [Fact]
    public async Task AddMarketOrder_OpenThenClose_IsPushedOnTheManagerDataStream()
    {
        await LoginTraderAsync();
        await using var api = new ApiClient(Server);
        await using var events = await RawSocket.ConnectAsync(Server, "openapi-b/ws", new Dictionary<string, string> { ["token"] = await api.AuthAsync(), ["group"] = "crm" });

        var opened = await Session.CrossMarginOrders.AddMarketOrderAsync(Order(1, 2, 0.1m, 65000.00m, stopLoss: 66000.00m));
        await Session.CrossMarginOrders.AddMarketOrderAsync(Order(2, 1, 0.1m, 65000.50m, positionId: opened.PositionId));

        var received = new List<(string?, string?)>();
        for (var i = 0; i < 7; i++)
        {
            var frame = await events.ReceiveJsonAsync();
            received.Add(((string?)frame["eventType"], frame["data"]!["customerNo"]?.ToString()));
            if ((string?)frame["eventType"] == "position_insert")
            {
                Assert.Equal((opened.PositionId, "6600000"), ((long?)frame["data"]!["id"], (string?)frame["data"]!["stopLoss"])); // scaled, a string as in the vendor's example
            }
        }

        Assert.Equal(
            ["position_insert", "trade_deal", "subject_water_insert", "position_delete", "trade_deal", "subject_water_insert", "subject_water_insert"],
            received.Select(r => r.Item1));
        Assert.All(received, r => Assert.Equal(Trader.CustomerNo, r.Item2));
    }

    [Fact]
    public async Task UpdateOrder_SetsStopLossAndTakeProfit_AndRefusesAStopLossAboveTheBidOfABuy()
    {
        await LoginTraderAsync();
        var opened = await Session.CrossMarginOrders.AddMarketOrderAsync(Order(1, 1, 0.1m, 65000.50m));

        var updated = await Session.CrossMarginOrders.UpdateOrderAsync(new CrossMarginUpdateOrderRequest
        {
            TradeType = TradeType.ContractCross,
            OrderId = opened.OrderId!.Value,
            PositionId = opened.PositionId!.Value,
            AccountDigits = Account.Digits!.Value,
            StopLoss = Wire(64000.00m),
            TakeProfit = Wire(66000.00m),
        });
        var detail = await Session.CrossMarginPositions.QueryPositionDetailAsync(new CrossMarginQueryPositionDetailRequest { TradeType = TradeType.ContractCross, PositionId = opened.PositionId!.Value });
        var refused = await Assert.ThrowsAsync<CmfblApiException>(() => Session.CrossMarginOrders.UpdateOrderAsync(new CrossMarginUpdateOrderRequest
        {
            TradeType = TradeType.ContractCross,
            OrderId = opened.OrderId!.Value,
            PositionId = opened.PositionId!.Value,
            AccountDigits = Account.Digits!.Value,
            StopLoss = Wire(65500.00m),
        }));

        Assert.Equal(("6400000", "6600000"), (updated.StopLoss, updated.TakeProfit));
        Assert.Equal(("6400000", "64000.00", "66000.00"), (detail.StopLoss, detail.StopLossDecimal, detail.TakeProfitDecimal));
        Assert.True(refused.HasCode(CmfblErrorCodes.TradeStopLossOutOfRange), refused.Message);
        Assert.Equal("6400000", Assert.Single(await MyPositionsAsync()).StopLoss);
    }

    [Fact]
    public async Task AddMarketOrder_MarketClose_BooksProfitAndFeeAndRemovesThePosition()
    {
        await LoginTraderAsync();
        var opened = await Session.CrossMarginOrders.AddMarketOrderAsync(Order(1, 1, 0.1m, 65000.50m));
        Server.Streams.Market.SetQuote(1, bid: 66000.00m, ask: 66000.50m);

        var closed = await Session.CrossMarginOrders.AddMarketOrderAsync(Order(2, 2, 0.1m, 66000.00m, positionId: opened.PositionId), idempotencyKey: "close-1");

        Assert.Equal((2, 1, "66000.00", "65000.50", "99.9500", "-3.3000"), (closed.OpenOrClose!.Value, closed.OpenDirection!.Value, closed.ExecutePrice, closed.OpenPrice, closed.Profit, closed.Fee));
        Assert.Empty(await MyPositionsAsync());
        Assert.Empty(await PositionsAsync(Trader));
        Assert.Equal(10_093.4m, await BalanceAsync(Trader)); // 10 000 − 3.25 + 99.95 − 3.30
        var flow = await Session.CrossMarginOrders.QueryCapitalFlowListAsync(new CrossMarginQueryCapitalFlowListRequest { TradeType = TradeType.ContractCross, Lang = "en_US" });
        Assert.Equal(
            [(6002, "Close position fee", "10093.4000"), (6004, "Market close profit and loss", "10096.7000"), (6001, "Open position fee", "9996.7500")],
            flow.Records.Select(r => (r.BusinessType1!.Value, r.BusinessType1Name!, r.AmountAfter!)));
        var orders = await OrdersAsync();
        Assert.Equal([(2, 2, closed.OrderId), (1, 2, opened.OrderId)], orders.Records.Select(o => (o.BizType!.Value, o.Status!.Value, o.Id)));
    }

    [Fact]
    public async Task AddMarketOrder_PartialClose_LeavesTheRest_AndTheWrongDirectionIsRefused()
    {
        await LoginTraderAsync();
        var opened = await Session.CrossMarginOrders.AddMarketOrderAsync(Order(1, 1, 0.3m, 65000.50m));

        var wrongSide = await Assert.ThrowsAnyAsync<CmfblApiException>(() => Session.CrossMarginOrders.AddMarketOrderAsync(Order(2, 1, 0.1m, 65000.00m, positionId: opened.PositionId)));
        var closed = await Session.CrossMarginOrders.AddMarketOrderAsync(Order(2, 2, 0.1m, 65000.00m, positionId: opened.PositionId));

        Assert.Equal(("GATEWAY_CODE_104", "direction"), (wrongSide.Code, wrongSide.MsgParams));
        Assert.Equal(("0.1", "-0.0500"), (closed.TradeVolume, closed.Profit)); // (65000.00 − 65000.50) × 0.1
        var rest = Assert.Single(await MyPositionsAsync());
        Assert.Equal((opened.PositionId, "0.2"), (rest.PositionId, rest.Volume));
    }

    [Fact]
    public async Task AddMarketOrder_ForexOnASunday_IsRefusedOutsideTradingHours()
    {
        await LoginTraderAsync();
        Clock.Advance(TimeSpan.FromDays(4)); // Wednesday 12:00 → Sunday 12:00 UTC: EURUSD opens at 22:00

        var refused = await Assert.ThrowsAsync<CmfblApiException>(() => Session.CrossMarginOrders.AddMarketOrderAsync(Order(1, 1, 0.1m, 1m) with
        {
            SymbolId = 3,
            RequestPrice = ScaledPrice.From(1.08519m, 5),
        }));

        Assert.True(refused.HasCode(CmfblErrorCodes.TradeOutsideTradingHours), refused.Message);
    }

    [Fact]
    public async Task CloseTradePboOrder_CancelsAPendingLimitOrder_AndASecondCancelIsRefused()
    {
        await LoginTraderAsync();
        var pending = await Session.CrossMarginOrders.AddMarketOrderAsync(Order(10, 1, 0.2m, 60000.00m));

        var cancelled = await Session.Orders.CloseTradePboOrderAsync(new CloseTradePboOrderRequest { TradeType = TradeType.ContractCross, OrderId = pending.OrderId!.Value });
        var again = await Assert.ThrowsAsync<CmfblApiException>(() => Session.Orders.CloseTradePboOrderAsync(new CloseTradePboOrderRequest { TradeType = TradeType.ContractCross, OrderId = pending.OrderId!.Value }));

        Assert.Null(pending.PositionId);
        Assert.Equal("0.2", cancelled.Leftover);
        Assert.True(again.HasCode(CmfblErrorCodes.TradeOrderFailed), again.Message);
        var order = Assert.Single((await OrdersAsync()).Records);
        Assert.Equal((10, 4, "60000.00", "0.2"), (order.BizType!.Value, order.Status!.Value, order.RequestPrice, order.CancelNum));
        Assert.Empty(await MyPositionsAsync());
    }

    [Fact]
    public async Task CalculateMarketOrder_ReturnsPriceMarginAndFee_WithoutPlacingAnOrder()
    {
        await LoginTraderAsync();
        var order = Order(1, 1, 0.1m, 65000.50m);

        var cost = await Session.CrossMarginOrders.CalculateMarketOrderAsync(new CrossMarginCalculateMarketOrderRequest
        {
            TradeType = order.TradeType,
            BizType = order.BizType,
            Direction = order.Direction,
            SymbolId = order.SymbolId,
            RequestTime = order.RequestTime,
            RequestPrice = order.RequestPrice,
            RequestNum = order.RequestNum,
            AccountCurrency = order.AccountCurrency,
            AccountDigits = order.AccountDigits,
        });

        Assert.Equal(("65000.50", "650.0050", "3.2500"), (cost.CalculatePrice, cost.Margin, cost.Fee));
        Assert.Empty((await OrdersAsync()).Records);
    }

    [Fact]
    public async Task AddMarketOrder_MoreThanTheFreeMargin_IsRefusedAndBooksNothing()
    {
        await LoginTraderAsync(balance: 100m);

        var refused = await Assert.ThrowsAsync<CmfblApiException>(() => Session.CrossMarginOrders.AddMarketOrderAsync(Order(1, 1, 1m, 65000.50m)));

        Assert.True(refused.HasCode(CmfblErrorCodes.TradeOrderFailed), refused.Message);
        Assert.Contains("insufficient margin", refused.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Empty((await OrdersAsync()).Records);
        Assert.Equal(100m, await BalanceAsync(Trader));
    }
}
