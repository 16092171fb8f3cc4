using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Testing.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests.Manager;

public sealed class BonusTests : ManagerSdkTest
{
    [Fact]
    public async Task OperationBonus_Issue_CreditsTheSpotAccountAndBooksAReward()
    {
        var customer = SeedSpotCustomer(usdt: 5m);

        var result = await Manager.Bonuses.OperationBonusAsync(Bonus(customer, 1, 30m));

        Assert.Equal((true, "30.0000"), (result.Result, result.ActionAmount));
        Assert.Equal(35m, await BalanceAsync(customer, TradeType.Spot));
        var row = Assert.Single(await FlowAsync(customer, TradeType.Spot));
        Assert.Equal((59, 59001, "30.0000", "35.0000", "Reward"), (row.BusinessType, row.BusinessType1, row.AmountIn, row.AmountAfter, row.BusinessTypeName));
    }

    [Fact]
    public async Task OperationBonus_RecoverMoreThanAvailable_TakesBackWhatThereIs()
    {
        var customer = SeedSpotCustomer(usdt: 20m);

        var result = await Manager.Bonuses.OperationBonusAsync(Bonus(customer, 2, 50m));

        Assert.Equal((true, "20.0000"), (result.Result, result.ActionAmount));
        Assert.Equal(0m, await BalanceAsync(customer, TradeType.Spot));
        var row = Assert.Single(await FlowAsync(customer, TradeType.Spot));
        Assert.Equal((59002, "20.0000", "0.0000"), (row.BusinessType1!.Value, row.AmountOut!, row.AmountAfter!));
    }

    [Fact]
    public async Task OperationBonus_NotSpot_IsRefusedNamingTheTradeType()
    {
        var customer = SeedTrader();

        var error = await Assert.ThrowsAsync<CmfblApiException>(() => Manager.Bonuses.OperationBonusAsync(Bonus(customer, 1, 10m) with { TradeType = TradeType.ContractCross }));

        Assert.Equal(("GATEWAY_CODE_104", "tradeType"), (error.Code, error.MsgParams));
        Assert.Equal(1000m, await BalanceAsync(customer));
    }

    private OperationBonusRequest Bonus(FakeCustomer customer, int type, decimal bonus) => new()
    {
        CustomerNo = customer.CustomerNo,
        TradeType = TradeType.Spot,
        CompanyId = CompanyId,
        ActivityId = "87",
        CurrencyBonus = "USDT",
        Bonus = bonus,
        ActivityCustomerNo = "86999999",
        Type = type,
    };
}
