using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Testing.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests.Manager;

public sealed class ProductTests : ManagerSdkTest
{
    [Fact]
    public async Task GetSymbolByCompanyId_ContractCross_ListsTheQuotedProductsWithDigitsAndSessions()
    {
        var products = await Manager.Symbols.GetSymbolByCompanyIdAsync(new GetSymbolByCompanyIdRequest { CompanyId = CompanyId, TradeType = TradeType.ContractCross });

        Assert.Equal([1L, 2L, 3L], products.Select(p => p.SymbolId!.Value));
        Assert.All(products, p => Assert.Equal(TradeType.ContractCross, p.TradeType));
        Assert.All(products, p => Assert.Equal("1", p.CustomerGroupIds));
        var btc = products[0];
        Assert.Equal(("BTCUSDT", 2), (btc.SymbolCode, btc.SymbolDigits));
        Assert.Equal(7, btc.TradeTimeList!.Count);
        Assert.All(btc.TradeTimeList, t => Assert.Equal((0L, 86_400L), (t.StartTime, t.EndTime)));
        var eur = products[2];
        Assert.Equal(("EURUSD", 5), (eur.SymbolCode, eur.SymbolDigits));
        var sessions = eur.TradeTimeList!;
        Assert.Equal([1, 2, 3, 4, 5, 7], sessions.Select(t => t.DayOfWeek!.Value));
        Assert.Equal(79_200L, sessions.Single(t => t.DayOfWeek == 5).EndTime);
        Assert.Empty(eur.HolidayTimeList!);
    }

    [Fact]
    public async Task GetSymbolByCompanyId_InTradingHours_FollowsTheServerClock()
    {
        async Task<bool?> InTradingHoursAsync(string code) =>
            (await Manager.Symbols.GetSymbolByCompanyIdAsync(new GetSymbolByCompanyIdRequest { CompanyId = CompanyId, TradeType = TradeType.ContractCross }))
                .Single(r => r.SymbolCode == code).InTradingHours;

        var wednesday = (await InTradingHoursAsync("EURUSD"), await InTradingHoursAsync("BTCUSDT"));
        Clock.Advance(TimeSpan.FromDays(3)); // Saturday 12:00 UTC: forex is closed, crypto is not
        var saturday = (await InTradingHoursAsync("EURUSD"), await InTradingHoursAsync("BTCUSDT"));

        Assert.Equal(((bool?)true, (bool?)true), wednesday);
        Assert.Equal(((bool?)false, (bool?)true), saturday);
    }

    [Fact]
    public async Task GetSymbolList_GroupAndName_FiltersTheGroupsProducts()
    {
        var contract = await Manager.Symbols.GetSymbolListAsync(new GetSymbolListRequest { CustomerGroupId = 1 });
        var eth = await Manager.Symbols.GetSymbolListAsync(new GetSymbolListRequest { CustomerGroupId = 1, Name = "eth" });
        var spot = await Manager.Symbols.GetSymbolListAsync(new GetSymbolListRequest { CustomerGroupId = 2 });
        var unknown = await Manager.Symbols.GetSymbolListAsync(new GetSymbolListRequest { CustomerGroupId = 99 });

        Assert.Equal(["BTCUSDT", "ETHUSDT", "EURUSD"], contract.Select(p => p.Code));
        Assert.Equal(("ETHUSDT", "ETH", "USDT", "1,2", 1), (eth.Single().Code, eth[0].BaseCurrency, eth[0].ProfitCurrency, eth[0].TradeTypes, eth[0].Status));
        Assert.Equal(4L, spot.Single().Id);
        Assert.Empty(unknown);
    }

    [Fact]
    public async Task GetSymbolTradeTypeByCompanyId_GroupOnItsTradeType_ListsItsProducts()
    {
        var own = await Manager.Symbols.GetSymbolTradeTypeByCompanyIdAsync(new GetSymbolTradeTypeByCompanyIdRequest { CompanyId = CompanyId, TradeType = TradeType.ContractCross, CustomerGroupId = "1" });
        var other = await Manager.Symbols.GetSymbolTradeTypeByCompanyIdAsync(new GetSymbolTradeTypeByCompanyIdRequest { CompanyId = CompanyId, TradeType = TradeType.Spot, CustomerGroupId = "1" });

        Assert.Equal([1L, 2L, 3L], own.Select(p => p.SymbolId!.Value));
        Assert.All(own, p => Assert.Equal(("1", TradeType.ContractCross, "Contract (cross margin)"), (p.CustomerGroupId, p.TradeType, p.TradeTypeName)));
        Assert.Empty(other);
    }

    [Fact]
    public async Task GetSymbolGroupList_ProductsReferToTheListedGroups()
    {
        var groups = await Manager.Symbols.GetSymbolGroupListAsync();
        var products = await Manager.Symbols.GetSymbolByCompanyIdAsync(new GetSymbolByCompanyIdRequest { CompanyId = CompanyId });

        Assert.Equal([(1L, "Crypto"), (2L, "Forex")], groups.Select(g => (g.Id!.Value, g.Name!)));
        Assert.All(groups, g => Assert.Equal((1, Server.CompanyId), (g.Status, g.CompanyId)));
        Assert.All(products, p => Assert.Contains(groups, g => g.Id!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) == p.SymbolGroupIds));
    }

    [Fact]
    public async Task GetFundByCompanyId_OurCompanyOrAnother_ListsTheFundOnlyForOurs()
    {
        var funds = await Manager.Symbols.GetFundByCompanyIdAsync(new GetFundByCompanyIdRequest { CompanyId = CompanyId });
        var other = await Manager.Symbols.GetFundByCompanyIdAsync(new GetFundByCompanyIdRequest { CompanyId = "1" });

        var fund = Assert.Single(funds);
        Assert.Equal((80L, "V10", "V10 Index Fund", "1,2"), (fund.FundId!.Value, fund.ShareTokenCode, fund.FundName, fund.CustomerGroupIds));
        Assert.Empty(other);
    }
}
