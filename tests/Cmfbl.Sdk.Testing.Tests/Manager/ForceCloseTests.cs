using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Testing.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests.Manager;

public sealed class ForceCloseTests : ManagerSdkTest
{
    [Fact]
    public async Task ForceClose_TwoWinningPositions_RemovesThemBooksThePnlAndRecordsFindableDeals()
    {
        var customer = SeedTrader(balance: 1000m);
        var opened = await PositionsAsync(customer);

        var result = await Manager.Orders.ForceCloseAsync(Request(customer));

        var btc = opened.Single(p => p.SymbolId == 1);
        Assert.Equal((btc.PositionId, "65000.00", "500.0000", 2, 2L), (result.PositionId, result.ExecutePrice, result.Profit, result.Direction!.Value, result.OpenOrClose!.Value));
        Assert.Empty(await PositionsAsync(customer));
        Assert.Equal(1699.4m, await BalanceAsync(customer)); // 1000 + 500 (BTC) + 199.40 (ETH)
        var rows = await FlowAsync(customer);
        Assert.Equal([("199.4000", "1699.4000"), ("500.0000", "1500.0000")], rows.Select(r => (r.AmountIn!, r.AmountAfter!)));
        Assert.All(rows, r => Assert.Equal((6, 6009), (r.BusinessType!.Value, r.BusinessType1!.Value)));
        foreach (var row in rows)
        {
            var deal = await Manager.TradeDeals.GetTradeDealInfoByDealIdAsync(new GetTradeDealInfoByDealIdRequest { DealId = row.DealId!.Value });
            var byOrder = await Manager.TradeDeals.GetTradeDealInfoByOrderIdAsync(new GetTradeDealInfoByOrderIdRequest { OrderId = row.OrderId!.Value, TradeType = TradeType.ContractCross });
            Assert.Equal((8, row.OrderId, customer.CustomerNo), (deal.BizType!.Value, deal.OrderId, deal.CustomerNo));
            Assert.Contains(opened, p => p.PositionId == deal.PositionId);
            Assert.Equal(deal.DealId, Assert.Single(byOrder).DealId);
        }

        var btcClose = await Manager.TradeDeals.GetTradeDealInfoByOrderIdAsync(new GetTradeDealInfoByOrderIdRequest { OrderId = result.OrderId!.Value, TradeType = TradeType.ContractCross });
        Assert.Equal((6_500_000, 5_000_000, 2, 0.5m), (btcClose[0].ExecutePrice!.Value, btcClose[0].Pnl!.Value, btcClose[0].Direction!.Value, btcClose[0].ExecuteNum!.Value)); // scaled by digits 2 and accountDigits 4
    }

    [Fact]
    public async Task ForceClose_LosingPosition_DebitsTheBalance()
    {
        var customer = Server.SeedCustomer(new FakeCustomerSeed
        {
            Phone = NextPhone(),
            Accounts = { new FakeAccountSeed { Balance = 1500m } },
            Positions = [new FakeOrderSeed { SymbolId = 1, Direction = 1, Volume = 1m, Price = 66000.00m }],
        });

        var result = await Manager.Orders.ForceCloseAsync(Request(customer));

        Assert.Equal("-1000.0000", result.Profit);
        Assert.Equal(500m, await BalanceAsync(customer));
        Assert.Equal(("1000.0000", "500.0000"), (Assert.Single(await FlowAsync(customer)).AmountOut!, (await FlowAsync(customer))[0].AmountAfter!));
    }

    [Fact]
    public async Task ForceClose_NothingLeftToClose_AnswersAnEmptyResultAndChangesNothing()
    {
        var customer = SeedTrader();
        await Manager.Orders.ForceCloseAsync(Request(customer));
        var balance = await BalanceAsync(customer);

        var again = await Manager.Orders.ForceCloseAsync(Request(customer));

        Assert.Equal((null, null), (again.OrderId, again.PositionId));
        Assert.Equal(balance, await BalanceAsync(customer));
    }

    [Fact]
    public async Task ForceClose_WrongCustomerGroup_IsNotFoundAndClosesNothing()
    {
        var customer = SeedTrader();

        var error = await Assert.ThrowsAsync<CmfblApiException>(() => Manager.Orders.ForceCloseAsync(Request(customer) with { CustomerGroupId = 2 }));

        Assert.Equal("CUSTOMER_API_0000003", error.Code);
        Assert.Equal(2, (await PositionsAsync(customer)).Count);
    }

    [Fact]
    public async Task ForceClose_ManagerEventStream_GetsTheClosesDealsAndLedgerRows()
    {
        var customer = SeedTrader();
        await using var api = new ApiClient(Server);
        await using var socket = await RawSocket.ConnectAsync(Server, "openapi-b/ws", new Dictionary<string, string> { ["token"] = await api.AuthAsync(), ["group"] = "risk" });

        await Manager.Orders.ForceCloseAsync(Request(customer));

        var events = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            events.Add((string)(await socket.ReceiveJsonAsync())["eventType"]!);
        }

        Assert.Equal(["position_delete", "trade_deal", "subject_water_insert", "position_delete", "trade_deal", "subject_water_insert"], events);
    }

    [Fact]
    public async Task GetTradeDealInfoByDealId_SeededPosition_FindsItsOpeningDeal()
    {
        var customer = SeedTrader();
        var btc = (await PositionsAsync(customer)).Single(p => p.SymbolId == 1);

        var deal = await Manager.TradeDeals.GetTradeDealInfoByDealIdAsync(new GetTradeDealInfoByDealIdRequest { DealId = btc.DealId!.Value });
        var byOrder = await Manager.TradeDeals.GetTradeDealInfoByOrderIdAsync(new GetTradeDealInfoByOrderIdRequest { OrderId = btc.OrderId!.Value, TradeType = TradeType.ContractCross });

        Assert.Equal((1, 1, 6_400_000, 0.5m, btc.PositionId), (deal.BizType!.Value, deal.Direction!.Value, deal.ExecutePrice!.Value, deal.ExecuteNum!.Value, deal.PositionId));
        Assert.Equal((customer.Id, customer.Accounts[0].AccountId, Server.CompanyId, 4, 2), (deal.CustomerId!.Value, deal.AccountId!.Value, deal.CompanyId!.Value, deal.AccountDigits!.Value, deal.Digits!.Value));
        Assert.Null(deal.Pnl);
        Assert.Equal(deal.DealId, Assert.Single(byOrder).DealId);
    }

    [Fact]
    public async Task GetTradeDealInfo_UnknownIds_AreNotFoundOrEmpty()
    {
        var error = await Assert.ThrowsAsync<CmfblApiException>(() => Manager.TradeDeals.GetTradeDealInfoByDealIdAsync(new GetTradeDealInfoByDealIdRequest { DealId = 42 }));
        var none = await Manager.TradeDeals.GetTradeDealInfoByOrderIdAsync(new GetTradeDealInfoByOrderIdRequest { OrderId = 42, TradeType = TradeType.ContractCross });

        Assert.Equal("CUSTOMER_API_0000003", error.Code);
        Assert.Empty(none);
    }

    private static ForceCloseRequest Request(FakeCustomer customer) => new()
    {
        TradeType = TradeType.ContractCross,
        CustomerNo = customer.CustomerNo,
        CustomerId = customer.Id,
        CustomerGroupId = customer.CustomerGroupId,
    };
}
