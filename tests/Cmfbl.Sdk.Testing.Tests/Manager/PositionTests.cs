using Cmfbl.Sdk.ManagerApi;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Testing.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests.Manager;

public sealed class PositionTests : ManagerSdkTest
{
    [Fact]
    public async Task QueryPositionPage_SeededTrader_ListsTheDefaultPositionsWithFloatingProfit()
    {
        var customer = SeedTrader();

        var positions = await PositionsAsync(customer);

        Assert.Equal(["ETH/USDT", "BTC/USDT"], positions.Select(p => p.SymbolName)); // newest first
        var eth = positions[0];
        Assert.Equal((2, "3600.00", "2", "199.4000", "720.0000"), (eth.Direction, eth.OpenPrice, eth.OpenNum, eth.Profit, eth.Margin)); // sold at 3600, ask 3500.30
        var btc = positions[1];
        Assert.Equal((1, "64000.00", "0.5", "500.0000", customer.Accounts[0].AccountId), (btc.Direction, btc.OpenPrice, btc.Volume, btc.Profit, btc.AccountId!.Value)); // bought at 64000, bid 65000.00
        Assert.All(positions, p => Assert.Equal(("1", TradeType.ContractCross, Start), (p.Status, p.TradeType, p.OpenTime!.Value)));
    }

    [Fact]
    public async Task QueryPositionPage_MarketMoves_TheFloatingProfitFollows()
    {
        var customer = SeedTrader();

        Server.Streams.Market.SetQuote(1, bid: 63000.00m, ask: 63000.50m);

        Assert.Equal("-500.0000", (await PositionsAsync(customer)).Single(p => p.SymbolId == 1).Profit);
    }

    [Fact]
    public async Task QueryPositionPage_SizeOneSortedBySymbol_PagesThroughTheCustomersPositionsOnly()
    {
        var customer = SeedTrader();
        SeedTrader();

        var first = await PositionsAsync(customer, "symbolId", "asc", current: 1, size: 1);
        var second = await PositionsAsync(customer, "symbolId", "asc", current: 2, size: 1);
        var third = await PositionsAsync(customer, "symbolId", "asc", current: 3, size: 1);

        Assert.Equal(1L, first.Single().SymbolId);
        Assert.Equal(2L, second.Single().SymbolId);
        Assert.Empty(third);
    }

    [Fact]
    public async Task QueryAllPositionPage_Walker_WalksEveryPositionOfTheCompany()
    {
        var customers = new[] { SeedTrader(), SeedTrader(), SeedTrader() };
        SeedSpotCustomer();

        var walked = new List<QueryAllPositionPageRecord>();
        await foreach (var record in Manager.Positions.GetAllCompanyPositionsAsync(new QueryAllPositionPageRequest { TradeType = TradeType.ContractCross, Size = 4 }))
        {
            walked.Add(record);
        }

        Assert.Equal(6, walked.Count);
        Assert.Equal(6, walked.Select(r => r.PositionId).Distinct().Count());
        Assert.Equal(customers.Select(c => c.CustomerNo).Order(), walked.Select(r => r.CustomerNo!).Distinct().Order());
        Assert.Equal(walked.Select(r => r.PositionId).OrderDescending(), walked.Select(r => r.PositionId)); // by id, newest first
        Assert.Equal(2, Server.Journal.Count(r => r.BizType == "tradeapi.admin.PositionAdminApiService.queryAllPositionPage"));
    }

    [Fact]
    public async Task QueryAllPositionPage_Filters_NarrowTheList()
    {
        var customer = SeedTrader();
        SeedTrader();

        var sells = await AllAsync(new QueryAllPositionPageRequest { TradeType = TradeType.ContractCross, Direction = 2 });
        var ofCustomer = await AllAsync(new QueryAllPositionPageRequest { TradeType = TradeType.ContractCross, CustomerNo = customer.CustomerNo, SymbolId = 1 });
        var badDirection = await AllAsync(new QueryAllPositionPageRequest { TradeType = TradeType.ContractCross, Direction = 3 });
        var isolated = await AllAsync(new QueryAllPositionPageRequest { TradeType = TradeType.ContractIsolated });

        Assert.Equal(2, sells.Total);
        Assert.All(sells.Records, r => Assert.Equal(2, r.Direction));
        Assert.Equal((customer.CustomerNo, customer.Id, 1), (ofCustomer.Records.Single().CustomerNo, ofCustomer.Records[0].CustomerId!.Value, ofCustomer.Records[0].BizType!.Value));
        Assert.Equal(0, badDirection.Total); // "passing other values will result in no data"
        Assert.Empty(isolated.Records);
    }

    [Fact]
    public async Task SeedCustomer_ExplicitPositions_ReplaceTheDefaultsAndUseTheContractSize()
    {
        var customer = Server.SeedCustomer(new FakeCustomerSeed
        {
            Phone = NextPhone(),
            Positions = [new FakeOrderSeed { SymbolId = 3, Direction = 1, Volume = 0.1m }],
            PendingOrders = [],
        });

        var position = (await PositionsAsync(customer)).Single();

        Assert.Equal(("EUR/USD", "1.08519", "10000", 100_000), (position.SymbolName, position.OpenPrice, position.OpenNum, position.OpenContractSize!.Value)); // at the ask
        Assert.Equal("-0.7000", position.Profit); // the spread: (1.08512 − 1.08519) × 10 000
    }

    private Task<Cmfbl.Sdk.Pagination.PagedResult<QueryAllPositionPageRecord>> AllAsync(QueryAllPositionPageRequest request) =>
        Manager.Positions.QueryAllPositionPageAsync(request);
}
