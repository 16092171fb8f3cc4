using Cmfbl.Sdk.BridgeApi.Models;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Testing;
using Cmfbl.Sdk.Tests.OpenApi;

namespace Cmfbl.Sdk.Tests.BridgeApi;

/// <summary>Bridge orders round-trip on the fake server, every call signed with the merchant key and verified there.</summary>
public sealed class BridgeFakeServerTests
{
    [Fact]
    public async Task Orders_RoundTrip_AccountBalancesFillsAndCancellation()
    {
        await using var fake = await CmfblFakeServer.StartAsync();
        await using var client = OpenApiFakeServerTests.Client(fake, options =>
        {
            options.BridgeApi.ApiKey = fake.BridgeApiKey;
            options.BridgeApi.PrivateKey = fake.BridgePrivateKey;
        });
        var customer = fake.SeedCustomer(new FakeCustomerSeed { Phone = "13900000010", Password = "a123456" });
        var bridge = client.BridgeApi;
        var scope = (Exchange: "binance", Account: "main");

        var page = await bridge.Customers.PageAsync(new() { CustomerNo = customer.CustomerNo });
        var detail = await bridge.Customers.DetailByCustomerNoAsync(new BridgeCustomerDetailRequest { CustomerNo = customer.CustomerNo });
        await bridge.ExchangeAccounts.AddAsync(new ExchangeAccountRequest
        {
            CustomerNo = customer.CustomerNo, ExchangeCode = scope.Exchange, AccountType = "spot", AccountName = scope.Account,
            AccountApiKey = "binance-key", AccountSecretKey = "binance-secret",
        });
        var accounts = await bridge.ExchangeAccounts.ListAsync(new ExchangeAccountKey { CustomerNo = customer.CustomerNo });
        var market = await bridge.Orders.AddDirectOrderAsync(Order(customer, "buy1") with { Num = 0.01m });
        var again = await bridge.Orders.AddDirectOrderAsync(Order(customer, "buy1") with { Num = 0.01m });
        var limit = await bridge.Orders.AddDirectOrderAsync(Order(customer, "rest1") with { OrderType = 2, Num = 1m, Price = 60_000m });
        var cancelled = await bridge.Orders.CancelDirectOrderAsync(Key(customer, limit.OrderId));
        var queried = await bridge.Orders.QueryDirectOrderAsync(Key(customer, market.OrderId));
        var fills = await bridge.Orders.QueryDirectTradeRecordAsync(new DirectTradeQuery
        {
            ExchangeId = scope.Exchange, AccountName = scope.Account, CustomerNo = customer.CustomerNo, CustomerGroupId = customer.CustomerGroupId, SymbolId = "BTCUSDT",
        });
        var balances = await bridge.Orders.QueryBalancesAsync(new BalanceQuery
        {
            ExchangeId = scope.Exchange, AccountName = scope.Account, CustomerNo = customer.CustomerNo, CustomerGroupId = customer.CustomerGroupId, OmitZeroBalances = true,
        });
        await bridge.Webhook.SubscribeAsync(new BridgeWebhookSubscribeRequest { ApiKey = fake.BridgeApiKey, WebhookUrl = new Uri("https://example.com/bridge") });

        Assert.Equal(customer.CustomerNo, Assert.Single(page.Records).CustomerNo);
        Assert.Equal(customer.CustomerNo, detail.CustomerNo);
        Assert.Equal("binance-key", Assert.Single(accounts).ApiKey);
        Assert.Equal(2, market.Status);
        Assert.Equal(market.OrderId, again.OrderId); // the same clientOrderId answers the first order
        Assert.Equal(1, limit.Status);
        Assert.Equal(4, cancelled.Status);
        Assert.Equal("buy1", queried.ClientOrderId);
        var fill = Assert.Single(fills);
        Assert.Equal(0.01m, fill.ExecuteNum);
        Assert.Equal(65_000m, fill.ExecutePrice);
        Assert.Equal(0.01m, balances.Single(b => b.Currency == "BTC").Balance);
        Assert.Equal(10_000m - 650m, balances.Single(b => b.Currency == "USDT").Balance);
        Assert.Equal("https://example.com/bridge", fake.BridgeWebhooks[fake.BridgeApiKey]);
        Assert.All(fake.Journal.Where(r => r.Path.StartsWith("/webhook/", StringComparison.Ordinal)), r => Assert.Equal("0", r.ResultCode));
    }

    [Fact]
    public async Task WrongPrivateKey_IsRefusedWithSignatureInvalid()
    {
        await using var fake = await CmfblFakeServer.StartAsync();
        await using var client = OpenApiFakeServerTests.Client(fake, options =>
        {
            options.BridgeApi.ApiKey = fake.BridgeApiKey;
            options.BridgeApi.PrivateKey = TestSupport.SigningVectors.PrivateKey; // not the merchant key's
        });

        var error = await Assert.ThrowsAsync<CmfblAuthenticationException>(() => client.BridgeApi.Customers.PageAsync(new()));

        Assert.Equal(CmfblErrorCodes.OpenApiSignatureInvalid, error.Code);
        Assert.Contains("private key", error.Message, StringComparison.Ordinal);
    }

    private static DirectOrderRequest Order(FakeCustomer customer, string clientOrderId) => new()
    {
        ExchangeId = "binance", AccountName = "main", CustomerNo = customer.CustomerNo, CustomerGroupId = customer.CustomerGroupId,
        SymbolId = "BTCUSDT", OrderType = 1, Direction = 1, ClientOrderId = clientOrderId, Num = 1m,
    };

    private static DirectOrderKey Key(FakeCustomer customer, string? orderId) => new()
    {
        ExchangeId = "binance", AccountName = "main", CustomerNo = customer.CustomerNo, CustomerGroupId = customer.CustomerGroupId,
        SymbolId = "BTCUSDT", OrderId = orderId,
    };
}
