using Cmfbl.Sdk.BridgeApi;
using Cmfbl.Sdk.BridgeApi.Models;
using Cmfbl.Sdk.ContractTests.Infrastructure;
using Cmfbl.Sdk.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Cmfbl.Sdk.ContractTests.BridgeApi;

/// <summary>
/// The Bridge API (REFERENCE §3.3): <c>/webhook/global/</c>, group <c>tradeApi</c>, signed with the merchant key like
/// the Open API; each mapping matches the key, the contract timestamp and the exact signature the test computes itself.
/// </summary>
public sealed class BridgeApiContractTests(WireMockFixture server) : ContractTest(server)
{
    private const string MerchantKey = "contractbridgekey000000000000001";

    [Fact]
    public async Task AddDirectOrder_WithClientOrderId_IsSignedAndReadsTheOrder()
    {
        var order = await Bridge().Orders.AddDirectOrderAsync(new DirectOrderRequest
        {
            ExchangeId = "binance",
            AccountName = "main",
            CustomerNo = Constants.CustomerNo,
            CustomerGroupId = 1,
            SymbolId = "BTCUSDT",
            OrderType = 1,
            Direction = 1,
            Num = 0.001m,
            ClientOrderId = "abc123",
        });

        Assert.Equal("28457", order.OrderId);
        Assert.Equal("abc123", order.ClientOrderId);
        var sent = Assert.Single(Server.Requests("/webhook/global/tradeapi.admin.OrderAdminApiService.addDirectOrder"));
        ServerSideSignature.AssertSigned(
            sent,
            MerchantKey,
            "{accountName:main,bizType:1,clientOrderId:abc123,customerGroupId:1,customerNo:86021976,direction:1,exchangeId:binance,num:0.001,symbolId:BTCUSDT,tradeType:10}");
    }

    [Fact]
    public async Task QueryBalances_DecimalStrings_ReadExactlyAndTheBodyIsSigned()
    {
        var balances = await Bridge().Orders.QueryBalancesAsync(new BalanceQuery
        {
            ExchangeId = "binance",
            AccountName = "main",
            CustomerNo = Constants.CustomerNo,
            CustomerGroupId = 1,
            OmitZeroBalances = true,
        });

        Assert.Equal([1234.5678m, 0.001m], balances.Select(b => b.Balance));
        Assert.Equal(10m, balances[0].Locked);
        var sent = Assert.Single(Server.Requests("/webhook/global/tradeapi.admin.AccountAdminService.queryBalances"));
        ServerSideSignature.AssertSigned(
            sent,
            MerchantKey,
            "{accountName:main,customerGroupId:1,customerNo:86021976,exchangeId:binance,omitZeroBalances:true,tradeType:10}");
    }

    private BridgeApiServices Bridge() => Sdk(
        options =>
        {
            options.BridgeApi.ApiKey = MerchantKey;
            options.BridgeApi.PrivateKey = SigningVectors.PrivateKey;
        },
        new ObservedClock()).GetRequiredService<BridgeApiServices>();
}
