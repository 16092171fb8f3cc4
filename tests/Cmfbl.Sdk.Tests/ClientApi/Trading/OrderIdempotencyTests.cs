using System.Text.Json;
using Cmfbl.Sdk.ClientApi.Trading.Models;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Tests.TestSupport;

namespace Cmfbl.Sdk.Tests.ClientApi.Trading;

/// <summary>
/// An order is an unsafe write: sent once, a lost answer is an unknown outcome. With the caller's idempotency key it
/// is retried with that key on every attempt, and the gateway answers a repeat from its cache.
/// </summary>
public sealed class OrderIdempotencyTests : IDisposable
{
    private const string AddMarketOrder = "tradeapi.app.CfdMMOrderApiService.addMarketOrder";
    private const string Placed = """{"orderId":"9001","positionId":"7001","symbolId":"1","digits":5}""";

    private readonly SdkHarness _sdk = new(options => options.ClientApi.Resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(1), withAuth: false);

    public void Dispose() => _sdk.Dispose();

    private static CrossMarginAddMarketOrderRequest Order() => new()
    {
        TradeType = TradeType.ContractCross,
        BizType = 1,
        Direction = 1,
        SymbolId = 1,
        RequestTime = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000),
        RequestPrice = ScaledPrice.From(1.23456m, digits: 5),
        RequestNum = "1",
        StopLoss = ScaledPrice.From(1.2m, digits: 5),
        AccountCurrency = "USD",
        AccountDigits = 2,
        ThirdPartyOrder = "my_order_1",
    };

    [Fact]
    public async Task AddMarketOrder_WithoutAKey_LostAnswer_IsSentOnce_AndOutcomeUnknownSaysHowToLookItUp()
    {
        _sdk.Stub.OnDataAfterLostAnswers(AddMarketOrder, Placed, lost: int.MaxValue);
        using var session = _sdk.Client.Sessions.FromToken("tok-1");

        var exception = await Assert.ThrowsAsync<CmfblOutcomeUnknownException>(() => session.CrossMarginOrders.AddMarketOrderAsync(Order()));

        var sent = Assert.Single(_sdk.Stub.RequestsTo(AddMarketOrder));
        Assert.Null(sent.Header("idempotency-key"));
        Assert.Contains("thirdPartyOrder", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddMarketOrder_WithAKey_LostAnswer_IsRetriedWithThatKey_AndReturnsTheOrder()
    {
        _sdk.Stub.OnDataAfterLostAnswers(AddMarketOrder, Placed);
        using var session = _sdk.Client.Sessions.FromToken("tok-1");

        var order = await session.CrossMarginOrders.AddMarketOrderAsync(Order(), idempotencyKey: "order-2026-11-30-0001");

        Assert.NotNull(order);
        var sent = _sdk.Stub.RequestsTo(AddMarketOrder).ToArray();
        Assert.Equal(2, sent.Length);
        Assert.All(sent, request => Assert.Equal("order-2026-11-30-0001", request.Header("idempotency-key")));
    }

    [Fact]
    public async Task AddMarketOrder_WithAKeyHoldingALineBreak_IsRefusedBeforeSending()
    {
        using var session = _sdk.Client.Sessions.FromToken("tok-1");

        var exception = await Assert.ThrowsAsync<CmfblInvalidRequestException>(() => session.CrossMarginOrders.AddMarketOrderAsync(Order(), idempotencyKey: "key\r\nx-evil: 1"));

        Assert.Equal("idempotency-key", exception.ParameterName);
        Assert.Empty(_sdk.Stub.RequestsTo(AddMarketOrder));
    }

    [Fact]
    public async Task AddMarketOrder_SendsPricesAsIntegersScaledByTheDigits()
    {
        _sdk.Stub.On(AddMarketOrder, _ => StubHandler.Json(Envelope.Success(Placed)));
        using var session = _sdk.Client.Sessions.FromToken("tok-1");

        await session.CrossMarginOrders.AddMarketOrderAsync(Order());

        using var body = JsonDocument.Parse(Assert.Single(_sdk.Stub.RequestsTo(AddMarketOrder)).Body);
        Assert.Equal("123456", body.RootElement.GetProperty("requestPrice").GetString());
        Assert.Equal("120000", body.RootElement.GetProperty("stopLoss").GetString());
        Assert.False(body.RootElement.TryGetProperty("takeProfit", out _));
        Assert.Equal("tradeApi", Assert.Single(_sdk.Stub.RequestsTo(AddMarketOrder)).Header("group"));
    }
}
