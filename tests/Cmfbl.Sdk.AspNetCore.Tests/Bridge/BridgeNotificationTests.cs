using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cmfbl.Sdk.AspNetCore.Bridge;
using Cmfbl.Sdk.AspNetCore.Tests.TestSupport;
using Cmfbl.Sdk.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Cmfbl.Sdk.AspNetCore.Tests.Bridge;

/// <summary>The Bridge endpoint through Kestrel: signature, company, typed events, <c>data: true</c>.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "Disposed in DisposeAsync (IAsyncLifetime).")]
public sealed class BridgeNotificationTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<BridgeNotification> _received = new();
    private readonly RSA _platformKey = TestVectors.PrivateRsa();
    private ReceiverHost _host = null!;
    private FakeBridgeNotifier _notifier = null!;

    public async Task InitializeAsync()
    {
        _host = await ReceiverHost.StartAsync(
            services =>
            {
                services.AddSingleton(_received);
                services.AddCmfblBridgeNotifications<RecordingBridgeHandler>(o =>
                {
                    o.CompanyId = 439;
                    o.PlatformPublicKey = TestVectors.PublicKey;
                    o.ApiKey = "fake-api-key";
                });
            },
            app => app.MapCmfblBridgeNotifications("/cmfbl/bridge"));
        _notifier = new FakeBridgeNotifier(new Uri(_host.BaseAddress, "cmfbl/bridge"), _platformKey);
    }

    public async Task DisposeAsync()
    {
        _notifier.Dispose();
        _platformKey.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task ExecutionReport_Signed_IsTypedAndAnsweredDataTrue()
    {
        var (status, body) = await _notifier.SendAsync("ORDER_EXEC_REPORT", new JsonObject
        {
            ["exchangeId"] = "binance", ["tradeType"] = 10, ["companyId"] = 439, ["customerId"] = 7, ["customerNo"] = "86000001",
            ["accountName"] = "main", ["tradeId"] = "T-1", ["orderId"] = "O-1", ["clientOrderId"] = "c1", ["executeNum"] = "0.5",
            ["executePrice"] = "64000.10", ["executeTime"] = 1722093946335L, ["symbolId"] = 101, ["commission"] = "-0.01",
            ["commissionCurrency"] = "USDT", ["status"] = "3",
        });

        Assert.Equal(200, status);
        using var reply = JsonDocument.Parse(body);
        Assert.Equal("0", reply.RootElement.GetProperty("code").GetString());
        Assert.True(reply.RootElement.GetProperty("data").GetBoolean());
        var report = Assert.IsType<OrderExecutionReport>(Assert.Single(_received));
        Assert.Equal(("ORDER_EXEC_REPORT", "trade", 439L), (report.MessageType, report.MsgType, report.CompanyId));
        Assert.Equal(("binance", 10L, 7L, "86000001", "main"), (report.ExchangeId, report.TradeType, report.CustomerId, report.CustomerNo, report.AccountName));
        Assert.Equal(("T-1", "O-1", "c1", 0.5m, 64000.10m), (report.TradeId, report.OrderId, report.ClientOrderId, report.ExecuteNum, report.ExecutePrice));
        Assert.Equal((DateTimeOffset.FromUnixTimeMilliseconds(1722093946335), 101L, -0.01m, "USDT", 3), (report.ExecuteTime, report.SymbolId, report.Commission, report.CommissionCurrency, report.Status));
    }

    [Fact]
    public async Task FullyExecutedStatusOnly_WithEmptyFillFields_IsStillAnExecutionReport()
    {
        var (status, _) = await _notifier.SendAsync("ORDER_EXEC_REPORT", new JsonObject { ["orderId"] = "O-2", ["status"] = 2, ["executePrice"] = "", ["executeNum"] = null });

        Assert.Equal(200, status);
        var report = Assert.IsType<OrderExecutionReport>(Assert.Single(_received));
        Assert.Equal((2, (decimal?)null, (decimal?)null), (report.Status, report.ExecutePrice, report.ExecuteNum));
    }

    [Theory]
    [InlineData("ORDER_CANCEL_REPORT", typeof(OrderCancelReport))]
    [InlineData("ORDER_EXPIRED_REPORT", typeof(OrderExpiredReport))]
    [InlineData("QUOTE_TAG", typeof(QuoteTagNotification))]
    [InlineData("SOMETHING_NEW", typeof(UnknownBridgeNotification))]
    public async Task EachMessageType_BecomesItsTypedEvent(string type, Type expected)
    {
        var (status, _) = await _notifier.SendAsync(type, new JsonObject { ["orderId"] = "O-3", ["remark"] = "user cancel", ["exchangeId"] = "okx" });

        Assert.Equal(200, status);
        var notification = Assert.Single(_received);
        Assert.IsType(expected, notification);
        Assert.Equal(type, notification.MessageType);
        if (notification is OrderCancelReport cancel)
        {
            Assert.Equal(("O-3", "user cancel", "okx"), (cancel.OrderId, cancel.Remark, cancel.ExchangeId));
        }
    }

    [Theory]
    [InlineData("""{"msgType":"ORDER_CANCEL_REPORT","data":{"orderId":"O-9"}}""")]
    [InlineData("""{"messageType":"ORDER_CANCEL_REPORT","orderId":"O-9"}""")]
    [InlineData("""{"eventType":"ORDER_CANCEL_REPORT","data":{"orderId":"O-9"}}""")]
    public async Task ContentShapes_TypeInAnyKnownFieldAndFieldsNestedOrNot_AreRead(string content)
    {
        var (status, _) = await _notifier.SendContentAsync("trade", content);

        Assert.Equal(200, status);
        Assert.Equal("O-9", Assert.IsType<OrderCancelReport>(Assert.Single(_received)).OrderId);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("[1,2,3]")]
    [InlineData("{}")]
    public async Task ContentThatIsNotAKnownObject_IsAnUnknownNotification_NotARefusal(string content)
    {
        var (status, _) = await _notifier.SendContentAsync("trade", content);

        Assert.Equal(200, status);
        Assert.Equal(content, Assert.IsType<UnknownBridgeNotification>(Assert.Single(_received)).Content);
    }

    [Fact]
    public async Task SignedWithAnotherKey_Is401_AndNeverReachesTheHandler()
    {
        using var otherKey = RSA.Create(1024);
        using var impostor = new FakeBridgeNotifier(new Uri(_host.BaseAddress, "cmfbl/bridge"), otherKey);

        var (status, body) = await impostor.SendAsync("ORDER_EXEC_REPORT", new JsonObject { ["orderId"] = "O-x" });

        Assert.Equal(401, status);
        using var reply = JsonDocument.Parse(body);
        Assert.Equal(CmfblReplyCodes.SignatureInvalid, reply.RootElement.GetProperty("code").GetString());
        Assert.False(reply.RootElement.GetProperty("data").GetBoolean());
        Assert.Empty(_received);
        Assert.Contains(_host.Logs.Lines, line => line.Contains("signature is missing or does not verify", StringComparison.Ordinal));
        Assert.DoesNotContain("O-x", _host.Logs.All, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("signature", null)]
    [InlineData("signature", "bm90IGEgc2lnbmF0dXJl")]
    [InlineData("timestamp", "1")]
    [InlineData("apiKey", "another-key")]
    [InlineData("companyId", "440")]
    public async Task TamperedHeaders_AreRefused(string header, string? value)
    {
        var signed = await Signed("""{"type":"ORDER_CANCEL_REPORT","orderId":"O-4"}""");
        if (value is null)
        {
            signed.Headers.Remove(header);
        }
        else
        {
            signed.Headers.Remove(header);
            signed.Headers.TryAddWithoutValidation(header, value);
        }

        using var response = await _host.Client.SendAsync(signed);

        Assert.Equal(header == "companyId" ? 403 : 401, (int)response.StatusCode);
        Assert.Empty(_received);
    }

    [Fact]
    public async Task BodyChangedAfterSigning_Is401()
    {
        var signed = await Signed("""{"type":"ORDER_CANCEL_REPORT","orderId":"O-5"}""");
        var text = await signed.Content!.ReadAsStringAsync();
        signed.Content = new StringContent(text.Replace("O-5", "O-6", StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json");

        using var response = await _host.Client.SendAsync(signed);

        Assert.Equal(401, (int)response.StatusCode);
        Assert.Empty(_received);
    }

    [Fact]
    public async Task HandlerThrows_Answers500WithDataFalse()
    {
        var (status, body) = await _notifier.SendAsync("ORDER_CANCEL_REPORT", new JsonObject { ["orderId"] = "THROW" });

        Assert.Equal(500, status);
        using var reply = JsonDocument.Parse(body);
        Assert.Equal((CmfblReplyCodes.HandlerError, false), (reply.RootElement.GetProperty("code").GetString(), reply.RootElement.GetProperty("data").GetBoolean()));
        Assert.DoesNotContain("boom-detail", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MapCmfblBridgeNotifications_WithoutAKeyOrAVerifier_FailsAtStartup()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var host = await ReceiverHost.StartAsync(
                services => services.AddCmfblBridgeNotifications<RecordingBridgeHandler>(o => o.CompanyId = 439),
                app => app.MapCmfblBridgeNotifications("/b"));
        });

        Assert.Contains("PlatformPublicKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACustomVerifier_RegisteredAfter_ReplacesTheDefault()
    {
        var received = new ConcurrentQueue<BridgeNotification>();
        await using var host = await ReceiverHost.StartAsync(
            services =>
            {
                services.AddSingleton(received);
                services.AddCmfblBridgeNotifications<RecordingBridgeHandler>(o => o.CompanyId = 439);
                services.AddSingleton<IBridgeSignatureVerifier, SharedSecretVerifier>();
            },
            app => app.MapCmfblBridgeNotifications("/b"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "b") { Content = new StringContent("""{"msgType":"trade","content":"{\"type\":\"QUOTE_TAG\"}"}""") };
        request.Headers.Add("trace", "t-1");
        request.Headers.Add("companyId", "439");
        request.Headers.Add("signature", "shared-secret");

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.IsType<QuoteTagNotification>(Assert.Single(received));
    }

    /// <summary>A notification signed by the fake platform, captured before sending so a test can tamper with it.</summary>
    private async Task<HttpRequestMessage> Signed(string content)
    {
        using var capture = new CapturingHandler();
        using (var notifier = new FakeBridgeNotifier(new Uri(_host.BaseAddress, "cmfbl/bridge"), _platformKey, handler: capture))
        {
            await notifier.SendContentAsync("trade", content);
        }

        return capture.Request!;
    }

    private sealed class CapturingHandler : HttpMessageHandler
    {
        public HttpRequestMessage? Request { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var copy = new HttpRequestMessage(request.Method, request.RequestUri)
            {
                Content = new StringContent(await request.Content!.ReadAsStringAsync(cancellationToken), System.Text.Encoding.UTF8, "application/json"),
            };
            foreach (var header in request.Headers)
            {
                copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            Request = copy;
            return new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent("{}") };
        }
    }

    private sealed class SharedSecretVerifier : IBridgeSignatureVerifier
    {
        public bool Verify(BridgeSignatureContext context) => context.Signature == "shared-secret";
    }
}

/// <summary>Records notifications; throws for order id THROW.</summary>
public sealed class RecordingBridgeHandler(ConcurrentQueue<BridgeNotification> received) : IBridgeNotificationHandler
{
    public Task HandleAsync(BridgeNotification notification, CancellationToken cancellationToken)
    {
        if (notification is BridgeOrderNotification { OrderId: "THROW" })
        {
            throw new InvalidOperationException("boom-detail");
        }

        received.Enqueue(notification);
        return Task.CompletedTask;
    }
}
