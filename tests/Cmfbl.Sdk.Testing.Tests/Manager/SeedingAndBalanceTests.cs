using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Testing.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests.Manager;

public sealed class SeedingAndBalanceTests : ManagerSdkTest
{
    [Fact]
    public async Task SeedCustomer_SpotGroupOrEmptyLists_GetsNoPositionsOrOrders()
    {
        var spot = SeedSpotCustomer();
        var bare = Server.SeedCustomer(new FakeCustomerSeed { Phone = NextPhone(), Positions = [], PendingOrders = [] });

        Assert.Empty(await PositionsAsync(bare));
        Assert.Equal(0, (await Manager.Positions.QueryAllPositionPageAsync(new() { TradeType = TradeType.ContractCross, CustomerNo = bare.CustomerNo })).Total);
        Assert.Equal(0, (await Manager.Positions.QueryAllPositionPageAsync(new() { TradeType = TradeType.ContractCross, CustomerNo = spot.CustomerNo })).Total);
    }

    [Theory]
    [InlineData(99, 1, 1)]   // no such product
    [InlineData(1, 5, 1)]    // spot has no positions
    [InlineData(1, 2, 1)]    // no isolated account
    [InlineData(1, 1, 3)]    // bad direction
    public void SeedCustomer_PositionThatCannotBePlaced_ThrowsAndStoresNothing(long symbolId, int tradeType, int direction)
    {
        var seed = new FakeCustomerSeed { Phone = NextPhone(), Positions = [new FakeOrderSeed { SymbolId = symbolId, TradeType = tradeType, Direction = direction }] };

        Assert.Throws<ArgumentException>(() => Server.SeedCustomer(seed));
        Assert.Empty(Server.Customers);
    }

    [Fact]
    public async Task MoveBalance_DepositAndWithdrawal_ShowInTheBalance()
    {
        var customer = SeedTrader(balance: 10m);

        var after = Server.MoveBalance(customer.Accounts[0].AccountId, 15.5m);
        Server.MoveBalance(customer.Accounts[0].AccountId, -0.5m);

        Assert.Equal(25.5m, after.Balance);
        Assert.Equal(25m, await BalanceAsync(customer));
        Assert.Equal(25m, Server.FindCustomer(customer.CustomerNo)!.Accounts[0].Balance);
    }

    [Fact]
    public void MoveBalance_WithdrawalBeyondAvailableOrUnknownAccount_Throws()
    {
        var customer = Server.SeedCustomer(new FakeCustomerSeed { Phone = NextPhone(), Accounts = { new FakeAccountSeed { Balance = 10m, Frozen = 4m } } });

        Assert.Throws<InvalidOperationException>(() => Server.MoveBalance(customer.Accounts[0].AccountId, -6.01m));
        Assert.Throws<ArgumentException>(() => Server.MoveBalance(42, 1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Server.MoveBalance(customer.Accounts[0].AccountId, 0m));
        Assert.Equal(10m, Server.FindCustomer(customer.CustomerNo)!.Accounts[0].Balance);
    }
}
