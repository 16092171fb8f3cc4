using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Testing.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests.Manager;

public sealed class AssetTests : ManagerSdkTest
{
    [Fact]
    public async Task GetAssetsList_ListsTheCurrenciesTheAccountsUse()
    {
        var assets = await Manager.Assets.GetAssetsListAsync(new GetAssetsListRequest { CompanyId = CompanyId });
        var account = SeedTrader().Accounts.Single();

        var usdt = Assert.Single(assets, a => a.Code == account.Currency);
        Assert.Equal((account.AssetsId, account.Digits), (usdt.Id!.Value, usdt.Digits!.Value));
        Assert.Equal(8, assets.Single(a => a.Code == "BTC").Digits);
        Assert.All(assets, a => Assert.Equal(1, a.Status));
    }

    [Fact]
    public async Task GetTradeTypeList_EveryTradeType_ListsItsGroupsAndTheirAssets()
    {
        var tradeTypes = await Manager.Assets.GetTradeTypeListAsync(new GetTradeTypeListRequest { CompanyId = CompanyId });
        var groups = await Manager.CustomerGroups.GroupListAsync(new CustomerGroupListRequest());

        Assert.Equal([TradeType.ContractCross, TradeType.ContractIsolated, TradeType.Leverage, TradeType.Spot], tradeTypes.Select(t => t.TradeType!.Value));
        var spot = tradeTypes.Single(t => t.TradeType == TradeType.Spot).CustomerGroupList!.Single();
        Assert.Equal((2L, "Spot group"), (spot.CustomerGroupId!.Value, spot.CustomerGroupName));
        Assert.Equal(["USDT", "BTC"], spot.AssetsVoList!.Select(a => a.Code));
        Assert.Empty(tradeTypes.Single(t => t.TradeType == TradeType.Leverage).CustomerGroupList!);
        Assert.Equal(
            groups.Select(g => g.Id).Order(),
            tradeTypes.SelectMany(t => t.CustomerGroupList!).Select(g => g.CustomerGroupId).Order());
    }
}
