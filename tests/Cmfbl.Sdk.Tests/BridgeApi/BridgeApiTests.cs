using System.Net;
using Cmfbl.Sdk.BridgeApi;
using Cmfbl.Sdk.BridgeApi.Models;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Security;
using Cmfbl.Sdk.Tests.OpenApi;
using Cmfbl.Sdk.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Cmfbl.Sdk.Tests.BridgeApi;

/// <summary>The Bridge API: /webhook/global/{bizType}, signed with the merchant key, group tradeApi, and order placement's kind decided per call.</summary>
public sealed class BridgeApiTests
{
    private const string MerchantKey = "bridgekey0000000000000000000000a";
    private const string AddOrder = "tradeapi.admin.OrderAdminApiService.addDirectOrder";

    [Fact]
    public async Task AddDirectOrder_IsSignedWithTheMerchantKey_AtTheBridgePath_WithGroupTradeApi()
    {
        using var sdk = Bridge();
        sdk.Stub.OnData(AddOrder, """{"exchangeId":"binance","orderId":"123","clientOrderId":"abc1"}""");

        var order = await sdk.Get<BridgeApiServices>().Orders.AddDirectOrderAsync(Order("abc1"));

        Assert.Equal("123", order.OrderId);
        var request = Assert.Single(sdk.Stub.Requests);
        Assert.Equal("/webhook/global/" + AddOrder, request.Path);
        Assert.Equal("tradeApi", request.Header("group"));
        Assert.Equal(MerchantKey, request.Header("apiKey"));
        Assert.Null(request.Header("token"));
        Assert.True(OpenApiSessionTests.Verify(request));
        Assert.Contains("\"clientOrderId\":\"abc1\"", request.Body, StringComparison.Ordinal);
        Assert.Contains("\"tradeType\":10", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddDirectOrder_WithClientOrderId_IsRetriedWithTheSameIdAfterALostAnswer()
    {
        using var sdk = Bridge();
        var attempts = 0;
        sdk.Stub.On(AddOrder, _ => Interlocked.Increment(ref attempts) == 1
            ? new HttpResponseMessage(HttpStatusCode.BadGateway)
            : StubHandler.Json(Envelope.Success("""{"orderId":"123","clientOrderId":"abc1"}""")));

        await sdk.Get<IDirectOrderService>().AddDirectOrderAsync(Order("abc1"));

        var requests = sdk.Stub.RequestsTo(AddOrder).ToArray();
        Assert.Equal(2, requests.Length);
        Assert.All(requests, request => Assert.Contains("\"clientOrderId\":\"abc1\"", request.Body, StringComparison.Ordinal));
        Assert.Equal(requests[0].Header("idempotency-key"), requests[1].Header("idempotency-key"));
    }

    [Fact]
    public async Task AddDirectOrder_WithoutClientOrderId_IsAnUnsafeWrite_SentOnceAndOutcomeUnknown()
    {
        using var sdk = Bridge();
        sdk.Stub.On(AddOrder, _ => new HttpResponseMessage(HttpStatusCode.BadGateway));

        var error = await Assert.ThrowsAsync<CmfblOutcomeUnknownException>(() => sdk.Get<IDirectOrderService>().AddDirectOrderAsync(Order(null)));

        Assert.Single(sdk.Stub.RequestsTo(AddOrder));
        Assert.Contains("clientOrderId", error.Message, StringComparison.Ordinal);
        Assert.Null(sdk.Stub.Requests[0].Header("idempotency-key"));
    }

    [Theory]
    [InlineData(null, null, 1, "num")]
    [InlineData(1.0, null, 2, "price")]
    [InlineData(1.0, "has-dash", 1, "clientOrderId")]
    [InlineData(1.0, "abcdefghijklmnopqrstu", 1, "clientOrderId")]
    public async Task AddDirectOrder_IncompleteOrder_IsRefusedBeforeSending(double? num, string? clientOrderId, int orderType, string field)
    {
        using var sdk = Bridge();
        var order = Order(clientOrderId) with { Num = (decimal?)num, OrderType = orderType };

        var error = await Assert.ThrowsAsync<CmfblInvalidRequestException>(() => sdk.Get<IDirectOrderService>().AddDirectOrderAsync(order));

        Assert.Equal(field, error.ParameterName);
        Assert.Empty(sdk.Stub.Requests);
    }

    [Fact]
    public async Task Bridge_RegisteredSigner_SignsInsteadOfThePrivateKey()
    {
        using var sdk = new SdkHarness(
            options => options.BridgeApi.ApiKey = MerchantKey,
            services: services => services.AddSingleton<IRequestSigner>(new FixedSigner()));
        sdk.Stub.OnData("tradeapi.admin.AccountAdminService.queryBalances", """[{"currency":"USDT","balance":"10.5","locked":"0"}]""");

        var balances = await sdk.Get<IDirectOrderService>().QueryBalancesAsync(new BalanceQuery { ExchangeId = "binance", AccountName = "main", CustomerNo = "86000001", CustomerGroupId = 1 });

        Assert.Equal(10.5m, Assert.Single(balances).Balance);
        Assert.Equal("custom-signature", sdk.Stub.Requests[0].Header("signature"));
    }

    [Fact]
    public async Task Bridge_NoKeyConfigured_FailsUnsentNamingTheSettings()
    {
        using var sdk = new SdkHarness();

        var error = await Assert.ThrowsAsync<CmfblInvalidRequestException>(() => sdk.Get<IBridgeCustomerService>().PageAsync(new()));

        Assert.Contains("Cmfbl:BridgeApi:ApiKey", error.Message, StringComparison.Ordinal);
        Assert.Empty(sdk.Stub.Requests);
    }

    private static SdkHarness Bridge() => new(options =>
    {
        options.BridgeApi.ApiKey = MerchantKey;
        options.BridgeApi.PrivateKey = SigningVectors.PrivateKey;
        options.BridgeApi.Resilience.RetryBaseDelay = TimeSpan.Zero;
    });

    private static DirectOrderRequest Order(string? clientOrderId) => new()
    {
        ExchangeId = "binance",
        AccountName = "main",
        CustomerNo = "86000001",
        CustomerGroupId = 1,
        SymbolId = "BTCUSDT",
        OrderType = 1,
        Direction = 1,
        Num = 0.001m,
        ClientOrderId = clientOrderId,
    };

    private sealed class FixedSigner : IRequestSigner
    {
        public string Sign(RequestSigningInput input) => "custom-signature";
    }
}
