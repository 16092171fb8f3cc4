using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Testing.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests.Manager;

/// <summary>
/// Lock and unlock are sent raw: the vendor answers them with <c>data</c> null, which the generated
/// <c>Task&lt;JsonElement&gt;</c> methods refuse as a protocol error (reported). The lock queries go through the SDK.
/// </summary>
public sealed class TransferLockTests : ManagerSdkTest
{
    private const string Lock = "fund.admin.CustomerActivityBonusAdminDubboService.lockTradeAccount";
    private const string Unlock = "fund.admin.CustomerActivityBonusAdminDubboService.unlockTradeAccount";

    [Fact]
    public async Task LockTradeAccount_TransfersOut_ShowsInBothQueries()
    {
        var customer = SeedTrader();
        var before = await StatesAsync(customer);

        await SendAsync(Lock, customer, type: 2);

        Assert.Equal([(1, false), (2, false), (3, false)], before);
        Assert.Equal([(1, false), (2, true), (3, false)], await StatesAsync(customer));
        Assert.Equal((false, true, false), (await IsLockedAsync(customer, 1), await IsLockedAsync(customer, 2), await IsLockedAsync(customer, 3)));
    }

    [Fact]
    public async Task UnlockTradeAccount_OneDirectionOfABothLock_LeavesTheOther()
    {
        var customer = SeedTrader();
        await SendAsync(Lock, customer, type: 3);
        var locked = await StatesAsync(customer);

        await SendAsync(Unlock, customer, type: 1);

        Assert.Equal([(1, true), (2, true), (3, true)], locked);
        Assert.Equal([(1, false), (2, true), (3, false)], await StatesAsync(customer));
    }

    [Fact]
    public async Task LockTradeAccount_LockTimeOver_TheLockEnds()
    {
        var customer = SeedTrader();
        await SendAsync(Lock, customer, type: 3, lockTime: 60);

        var during = await IsLockedAsync(customer, 3);
        Clock.Advance(TimeSpan.FromSeconds(60));

        Assert.True(during);
        Assert.False(await IsLockedAsync(customer, 3));
    }

    [Fact]
    public async Task LockTradeAccount_EndTimeInThePast_IsRefused()
    {
        var customer = SeedTrader();
        await using var api = new ApiClient(Server);

        var response = await api.ManagerAsync(Lock, Body(customer, 3, lockEndTime: Clock.GetUtcNow().ToUnixTimeMilliseconds()), await api.AuthAsync());

        response.AssertError("GATEWAY_CODE_104", "G");
        Assert.False(await IsLockedAsync(customer, 3));
    }

    [Fact]
    public async Task QueryOneLockTradeAccount_TradeTypeTheCustomerHasNot_IsNotFound()
    {
        var customer = SeedSpotCustomer();

        var error = await Assert.ThrowsAsync<CmfblApiException>(() => IsLockedAsync(customer, 1));

        Assert.Equal("CUSTOMER_API_0000003", error.Code);
    }

    private Task<bool> IsLockedAsync(FakeCustomer customer, int type) =>
        Manager.Bonuses.QueryOneLockTradeAccountAsync(new QueryOneLockTradeAccountRequest { CustomerNo = customer.CustomerNo, TradeType = TradeType.ContractCross, CompanyId = CompanyId, Type = type });

    private async Task<List<(int, bool)>> StatesAsync(FakeCustomer customer)
    {
        var states = await Manager.Bonuses.QueryTradeTypeLockTradeAccountAsync(new QueryTradeTypeLockTradeAccountRequest { CustomerNo = customer.CustomerNo, TradeType = TradeType.ContractCross, CompanyId = CompanyId });
        return [.. states.Select(s => (int.Parse(s.Type!, System.Globalization.CultureInfo.InvariantCulture), s.LockStatus!.Value))];
    }

    private async Task SendAsync(string bizType, FakeCustomer customer, int type, long? lockTime = null)
    {
        await using var api = new ApiClient(Server);
        var data = (await api.ManagerAsync(bizType, Body(customer, type, lockTime: lockTime), await api.AuthAsync())).Ok();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.ValueKind);
    }

    private Dictionary<string, object> Body(FakeCustomer customer, int type, long? lockTime = null, long? lockEndTime = null)
    {
        var body = new Dictionary<string, object> { ["customerNo"] = customer.CustomerNo, ["tradeType"] = 1, ["companyId"] = CompanyId, ["type"] = type };
        if (lockTime is { } seconds)
        {
            body["lockTime"] = seconds;
        }

        if (lockEndTime is { } end)
        {
            body["lockEndTime"] = end;
        }

        return body;
    }
}
