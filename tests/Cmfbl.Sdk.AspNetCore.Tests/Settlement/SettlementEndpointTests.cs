using Cmfbl.Sdk.AspNetCore;
using System.Net;
using System.Text.Json;
using Cmfbl.Sdk.AspNetCore.Idempotency;
using Cmfbl.Sdk.AspNetCore.Settlement;
using Cmfbl.Sdk.AspNetCore.Tests.TestSupport;
using static Cmfbl.Sdk.AspNetCore.Tests.TestSupport.SettlementWire;

namespace Cmfbl.Sdk.AspNetCore.Tests.Settlement;

/// <summary>The three endpoints through Kestrel: typed requests, the envelope, the trace echo and the request checks.</summary>
public sealed class SettlementEndpointTests : IAsyncLifetime
{
    private readonly Ledger _ledger = new();
    private ReceiverHost _host = null!;

    public async Task InitializeAsync() => _host = await SettlementFixture.StartAsync(_ledger);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task GetUserAmount_ValidQuery_AnswersTheBalanceInTheEnvelopeWithTheTraceEchoed()
    {
        _ledger.Apply("86000001", "USDT", 42.1098m);

        var reply = await PostAsync(_host.Client, BalancePath, BalanceBody(), trace: "t-balance-1");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("0", reply.Code);
        Assert.Equal("t-balance-1", reply.Trace);
        Assert.True(reply.Envelope.GetProperty("ok").GetBoolean());
        Assert.False(reply.Envelope.GetProperty("fail").GetBoolean());
        Assert.Equal("86000001", reply.Data.GetProperty("userName").GetString());
        Assert.Equal("USDT", reply.Data.GetProperty("currency").GetString());
        Assert.Equal("42.1098", reply.Data.GetProperty("amount").GetString());
        Assert.Equal(4, reply.Data.GetProperty("amountDigits").GetInt32());
        var query = Assert.Single(_ledger.Queries);
        Assert.Equal(("wallet-user-1", 439L, "t-balance-1"), (query.ThirdServerCode, query.CompanyId, query.Trace));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1722093946335), query.SentAt);
    }

    [Fact]
    public async Task Adjust_ValidRequest_ReachesTheHandlerTypedAndAnswersSuccess()
    {
        var reply = await PostAsync(_host.Client, AdjustPath, AdjustBody("R-1", 12.5m), trace: "t-adjust-1");

        Assert.Equal(("0", "t-adjust-1"), (reply.Code, reply.Trace));
        Assert.Equal(JsonValueKind.Object, reply.Data.ValueKind);
        var adjustment = Assert.Single(_ledger.Adjustments);
        Assert.Equal("R-1", adjustment.RequestUniqueNo);
        Assert.Equal(12.5m, adjustment.Amount);
        Assert.Equal(4, adjustment.AmountDigits);
        Assert.Equal(CreditOperationType.OpenPosition, adjustment.OperationType);
        Assert.Equal(OrderBusinessType.MarketOpen, adjustment.BizType);
        Assert.Equal(1234567890123L, adjustment.OrderId);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1722093946335), adjustment.RequestTime);
        Assert.Equal("{\"note\":\"x\"}", adjustment.Metadata);
        Assert.Equal(-12.5m, _ledger.Balance("86000001", "USDT"));
        Assert.Equal(SettlementOutcome.Processed, (await _host.Store().GetAsync("adjust:R-1", default))!.Outcome);
    }

    [Fact]
    public async Task Adjust_NumbersAsStringsAndStringsAsNumbers_AreRead()
    {
        var body = AdjustBody("R-lenient");
        body["orderId"] = "77";
        body["amountDigits"] = "2";
        body["amount"] = 3.25m;
        body["requestUniqueNo"] = 123456;

        var reply = await PostAsync(_host.Client, AdjustPath, body);

        Assert.Equal("0", reply.Code);
        var adjustment = Assert.Single(_ledger.Adjustments);
        Assert.Equal((77L, 2, 3.25m, "123456"), (adjustment.OrderId, adjustment.AmountDigits, adjustment.Amount, adjustment.RequestUniqueNo));
    }

    [Fact]
    public async Task Adjust_UnknownOperationType_ReachesTheHandlerAsUnknownWithItsName()
    {
        var reply = await PostAsync(_host.Client, AdjustPath, AdjustBody("R-op", operationType: "NEW_KIND"));

        Assert.Equal("0", reply.Code);
        var adjustment = Assert.Single(_ledger.Adjustments);
        Assert.Equal((CreditOperationType.Unknown, "NEW_KIND"), (adjustment.OperationType, adjustment.OperationTypeName));
    }

    [Fact]
    public async Task Adjust_HandlerRefuses_AnswersItsCodeAndRecordsNotProcessed()
    {
        _ledger.OnAdjust = (_, _) => Task.FromResult(SettlementReply.Failure("INSUFFICIENT", "Not enough balance"));

        var reply = await PostAsync(_host.Client, AdjustPath, AdjustBody("R-refused"));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("INSUFFICIENT", reply.Code);
        Assert.False(reply.Envelope.GetProperty("ok").GetBoolean());
        Assert.True(reply.Envelope.GetProperty("fail").GetBoolean());
        Assert.Equal(SettlementOutcome.NotProcessed, (await _host.Store().GetAsync("adjust:R-refused", default))!.Outcome);
    }

    [Fact]
    public async Task Adjust_HandlerThrows_Answers500EnvelopeWithoutDetails_AndLogsTheException()
    {
        _ledger.OnAdjust = (_, _) => throw new InvalidOperationException("database is down: secret-detail");

        var reply = await PostAsync(_host.Client, AdjustPath, AdjustBody("R-throws"));

        Assert.Equal(HttpStatusCode.InternalServerError, reply.Status);
        Assert.Equal(CmfblReplyCodes.HandlerError, reply.Code);
        Assert.DoesNotContain("secret-detail", reply.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("at ", reply.Body, StringComparison.Ordinal);
        Assert.Contains(_host.Logs.Lines, line => line.Contains("secret-detail", StringComparison.Ordinal) && line.Contains("R-throws", StringComparison.Ordinal));
        Assert.Equal(SettlementOutcome.NotProcessed, (await _host.Store().GetAsync("adjust:R-throws", default))!.Outcome);
    }

    [Theory]
    [InlineData(null, "439", HttpStatusCode.BadRequest, CmfblReplyCodes.InvalidRequest)]
    [InlineData("t-1", null, HttpStatusCode.BadRequest, CmfblReplyCodes.InvalidRequest)]
    [InlineData("t-1", "abc", HttpStatusCode.BadRequest, CmfblReplyCodes.InvalidRequest)]
    [InlineData("t-1", "440", HttpStatusCode.Forbidden, CmfblReplyCodes.CompanyMismatch)]
    public async Task Adjust_BadHeaders_AreRefusedBeforeTheStoreAndTheHandler(string? trace, string? companyId, HttpStatusCode status, string code)
    {
        var headers = companyId is null ? [] : new[] { KeyValuePair.Create("companyId", companyId) };

        var reply = await PostRawAsync(_host.Client, AdjustPath, System.Text.Encoding.UTF8.GetBytes(AdjustBody("R-headers").ToJsonString()), trace, companyId: null, headers);

        Assert.Equal((status, code), (reply.Status, reply.Code));
        Assert.Empty(_ledger.Adjustments);
        Assert.Null(await _host.Store().GetAsync("adjust:R-headers", default));
        Assert.Contains(_host.Logs.Lines, line => line.Contains(code, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Adjust_MissingAndMistypedFields_Answers400NamingEachOne_WithoutLoggingValues()
    {
        var body = AdjustBody("R-bad");
        body.Remove("userName");
        body["orderId"] = "not-a-number";
        body["amount"] = "12,5";
        body["ip"] = "ip-value-that-must-not-be-logged";
        body["requestUniqueNo"] = new string('x', 49);

        var reply = await PostAsync(_host.Client, AdjustPath, body);

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal(CmfblReplyCodes.InvalidRequest, reply.Code);
        var message = reply.Envelope.GetProperty("msg").GetString()!;
        Assert.Contains("missing userName", message, StringComparison.Ordinal);
        Assert.Contains("orderId must be an integer", message, StringComparison.Ordinal);
        Assert.Contains("amount must be a decimal number", message, StringComparison.Ordinal);
        Assert.Contains("requestUniqueNo is longer than 48 characters", message, StringComparison.Ordinal);
        Assert.Empty(_ledger.Adjustments);
        Assert.Contains(_host.Logs.Lines, line => line.Contains("missing userName", StringComparison.Ordinal));
        Assert.DoesNotContain("ip-value-that-must-not-be-logged", _host.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adjust_BodyOverTheLimit_Answers413()
    {
        var body = AdjustBody("R-big");
        body["metadata"] = new string('m', 70_000);

        var reply = await PostAsync(_host.Client, AdjustPath, body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, reply.Status);
        Assert.Equal(CmfblReplyCodes.PayloadTooLarge, reply.Code);
        Assert.Empty(_ledger.Adjustments);
    }

    [Fact]
    public async Task Endpoints_Get_Answer405()
    {
        using var response = await _host.Client.GetAsync(AdjustPath);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Logs_NeverContainTheBodyValues()
    {
        var body = AdjustBody("R-logs");
        body["thirdServerCode"] = "third-server-code-value";
        body["ip"] = "198.51.100.99";

        await PostAsync(_host.Client, AdjustPath, body);
        await PostAsync(_host.Client, AdjustPath, body);

        Assert.Contains(_host.Logs.Lines, line => line.Contains("R-logs", StringComparison.Ordinal));
        Assert.DoesNotContain("third-server-code-value", _host.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("198.51.100.99", _host.Logs.All, StringComparison.Ordinal);
    }
}
