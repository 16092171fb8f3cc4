using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Testing.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests.Client;

public sealed class OrderIdempotencyTests : CustomerTradingTest
{
    private const string AddMarketOrder = "tradeapi.app.CfdMMOrderApiService.addMarketOrder";

    [Fact]
    public async Task AddMarketOrder_AnswerLostWithAnIdempotencyKey_IsRetriedAndMakesOneOrder()
    {
        await LoginTraderAsync();
        Server.Faults.FailNext(FakeFault.AnswerLost, bizTypeFilter: "addMarketOrder");

        var opened = await Session.CrossMarginOrders.AddMarketOrderAsync(Order(1, 1, 0.1m, 65000.50m), idempotencyKey: "order-7f3a");

        var attempts = Server.Journal.Where(r => r.BizType == AddMarketOrder).ToArray();
        Assert.Equal([(0, "0", FakeFault.AnswerLost), (200, "0", (FakeFault?)null)], attempts.Select(r => (r.StatusCode, r.ResultCode, r.Fault)));
        Assert.All(attempts, r => Assert.Equal("order-7f3a", r.Headers["idempotency-key"]));
        var order = Assert.Single((await OrdersAsync()).Records);
        Assert.Equal(opened.OrderId, order.Id);
        Assert.Equal(opened.PositionId, Assert.Single(await MyPositionsAsync()).PositionId);
        Assert.Equal(9996.75m, await BalanceAsync(Trader)); // one fee, not two
    }

    [Fact]
    public async Task AddMarketOrder_AnswerLostWithoutAKey_ThrowsOutcomeUnknownAndExactlyOneOrderExists()
    {
        await LoginTraderAsync();
        Server.Faults.FailNext(FakeFault.AnswerLost, bizTypeFilter: "addMarketOrder");

        await Assert.ThrowsAsync<CmfblOutcomeUnknownException>(() => Session.CrossMarginOrders.AddMarketOrderAsync(Order(1, 1, 0.1m, 65000.50m)));

        Assert.Single(Server.Journal, r => r.BizType == AddMarketOrder);
        Assert.Single((await OrdersAsync()).Records);
        Assert.Single(await MyPositionsAsync());
    }

    [Fact]
    public async Task AddMarketOrder_SameKeyAgain_AnswersFromTheCacheWithin24HoursAndPlacesANewOrderAfter()
    {
        await LoginTraderAsync();

        var first = await Session.CrossMarginOrders.AddMarketOrderAsync(Order(1, 1, 0.1m, 65000.50m), idempotencyKey: "same");
        var repeat = await Session.CrossMarginOrders.AddMarketOrderAsync(Order(1, 1, 0.1m, 65000.50m), idempotencyKey: "same");
        var otherKey = await Session.CrossMarginOrders.AddMarketOrderAsync(Order(1, 1, 0.1m, 65000.50m), idempotencyKey: "other");
        Clock.Advance(TimeSpan.FromHours(24));
        var expired = await Session.CrossMarginOrders.AddMarketOrderAsync(Order(1, 1, 0.1m, 65000.50m), idempotencyKey: "same");

        Assert.Equal(first, repeat);
        Assert.NotEqual(first.OrderId, otherKey.OrderId);
        Assert.NotEqual(first.OrderId, expired.OrderId);
        Assert.Equal(3, (await OrdersAsync()).Records.Count);
    }
}
