using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Testing.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests.Manager;

public sealed class CapitalFlowTests : ManagerSdkTest
{
    [Fact]
    public async Task QueryCapitalFlowList_Walker_WalksEveryRowNewestFirst()
    {
        var customer = SeedTrader(balance: 1000m);
        var accountId = customer.Accounts[0].AccountId;
        foreach (var amount in new[] { 10m, 20m, -5m, 30m, 40m })
        {
            Server.MoveBalance(accountId, amount);
        }

        var rows = await FlowAsync(customer, pageSize: 2);

        Assert.Equal(["1095.0000", "1055.0000", "1025.0000", "1030.0000", "1010.0000"], rows.Select(r => r.AmountAfter));
        Assert.Equal([1001, 1001, 2001, 1001, 1001], rows.Select(r => r.BusinessType1!.Value));
        Assert.Equal(5, rows.Select(r => r.BookkeepId).Distinct().Count());
        Assert.Equal(1095m, await BalanceAsync(customer));
        Assert.Equal(3, Server.Journal.Count(r => r.BizType == "tradeapi.admin.OrderAdminApiService.queryCapitalFlowList"));
    }

    [Fact]
    public async Task QueryCapitalFlowList_Filters_OperateBusinessTypeAndTime()
    {
        var customer = SeedTrader(balance: 1000m);
        var accountId = customer.Accounts[0].AccountId;
        Server.MoveBalance(accountId, 10m);
        Clock.Advance(TimeSpan.FromHours(1));
        var later = Clock.GetUtcNow();
        Server.MoveBalance(accountId, -5m);

        var filter = FlowFilter(customer) with { Lang = "en_US" };
        var outgoing = await Manager.Orders.QueryCapitalFlowListAsync(filter with { Operate = 2 });
        var deposits = await Manager.Orders.QueryCapitalFlowListAsync(filter with { BusinessType = 1 });
        var sinceLater = await Manager.Orders.QueryCapitalFlowListAsync(filter with { StartTime = later });
        var otherTradeType = await Manager.Orders.QueryCapitalFlowListAsync(filter with { TradeType = TradeType.Spot });

        Assert.Equal(("Withdrawal", "Front-end withdrawal", "5.0000"), (outgoing.Records.Single().BusinessTypeName, outgoing.Records[0].BusinessType1Name, outgoing.Records[0].AmountOut));
        Assert.Equal("10.0000", deposits.Records.Single().AmountIn);
        Assert.Equal(2001, sinceLater.Records.Single().BusinessType1);
        Assert.Equal(0, otherTradeType.Total);
    }

    [Fact]
    public async Task QueryCapitalFlowList_NoLang_NamesInChineseAsTheVendorDefaults()
    {
        var customer = SeedTrader();
        Server.MoveBalance(customer.Accounts[0].AccountId, 1m);

        var page = await Manager.Orders.QueryCapitalFlowListAsync(FlowFilter(customer));

        Assert.Equal(("入金", "前台入金"), (page.Records.Single().BusinessTypeName, page.Records[0].BusinessType1Name));
    }
}
