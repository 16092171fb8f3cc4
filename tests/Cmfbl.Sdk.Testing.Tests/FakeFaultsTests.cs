using System.Diagnostics;
using System.Net;
using Cmfbl.Sdk.Testing.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests;

public sealed class FakeFaultsTests : IAsyncLifetime
{
    private const string Page = "customer.admin.WhiteCustomerAdminApiService.page";
    private const string GroupList = "customer.admin.CustomerGroupAdminApiService.groupList";

    private CmfblFakeServer _server = null!;
    private ApiClient _api = null!;
    private string _token = null!;

    public async Task InitializeAsync()
    {
        _server = await CmfblFakeServer.StartAsync();
        _api = new ApiClient(_server);
        _token = await _api.AuthAsync();
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task TooManyRequests429_CarriesRetryAfterAndRateLimitHeaders_ThenCallsSucceedAgain()
    {
        _server.Faults.RetryAfter = TimeSpan.FromSeconds(2);
        _server.Faults.FailNext(FakeFault.TooManyRequests429);

        var limited = await _api.ManagerAsync(Page, new { }, _token);
        var next = await _api.ManagerAsync(Page, new { }, _token);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
        Assert.Equal(TimeSpan.FromSeconds(2), limited.Message.Headers.RetryAfter?.Delta);
        Assert.Equal("300", limited.Header("x-ratelimit-limit"));
        Assert.Equal("0", limited.Header("x-ratelimit-remaining"));
        Assert.Equal("2", limited.Header("x-ratelimit-reset"));
        Assert.Equal("GATEWAY_CODE_018", limited.Code);
        next.Ok();
    }

    [Fact]
    public async Task FailNext_WithCountAndBizTypeFilter_FailsOnlyThoseCalls()
    {
        _server.Faults.FailNext(FakeFault.ServiceUnavailable503, count: 2, bizTypeFilter: "WhiteCustomerAdminApiService.page");
        Assert.Equal(2, _server.Faults.PendingCount);

        var other = await _api.ManagerAsync(GroupList, null, _token);
        var first = await _api.ManagerAsync(Page, new { }, _token);
        var second = await _api.ManagerAsync(Page, new { }, _token);
        var third = await _api.ManagerAsync(Page, new { }, _token);

        other.Ok();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.Status);
        Assert.Equal("text/html", first.Message.Content.Headers.ContentType?.MediaType);
        Assert.Contains("503", first.Body, StringComparison.Ordinal);
        third.Ok();
        Assert.Equal(0, _server.Faults.PendingCount);
    }

    [Theory]
    [InlineData(Page)]
    [InlineData("page")]
    public async Task BizTypeFilter_MatchesTheFullBizTypeOrADottedTail(string filter)
    {
        _server.Faults.FailNext(FakeFault.ServerError500, bizTypeFilter: filter);

        var response = await _api.ManagerAsync(Page, new { }, _token);

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
    }

    [Fact]
    public async Task BizTypeFilter_DoesNotMatchAPartialSegment()
    {
        _server.Faults.FailNext(FakeFault.ServerError500, bizTypeFilter: "age");

        var response = await _api.ManagerAsync(Page, new { }, _token);

        response.Ok();
        Assert.Equal(1, _server.Faults.PendingCount);
    }

    [Fact]
    public async Task ServerError500_HasAnEmptyBody()
    {
        _server.Faults.FailNext(FakeFault.ServerError500);

        var response = await _api.ManagerAsync(Page, new { }, _token);

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Equal("", response.Body);
    }

    [Theory]
    [InlineData(FakeFault.BadGateway502, HttpStatusCode.BadGateway)]
    [InlineData(FakeFault.ServiceUnavailable503, HttpStatusCode.ServiceUnavailable)]
    [InlineData(FakeFault.GatewayTimeout504, HttpStatusCode.GatewayTimeout)]
    public async Task ProxyFaults_AnswerWithAnHtmlPage(FakeFault fault, HttpStatusCode status)
    {
        _server.Faults.FailNext(fault);

        var response = await _api.ManagerAsync(Page, new { }, _token);

        Assert.Equal(status, response.Status);
        Assert.Equal("text/html", response.Message.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<html>", response.Body, StringComparison.Ordinal);
        Assert.Null(response.Json);
    }

    [Theory]
    [InlineData(FakeFault.RequestTooFast, "GATEWAY_CODE_018")]
    [InlineData(FakeFault.ServiceTimeout, "GATEWAY_CODE_902")]
    [InlineData(FakeFault.LoginExpired, "GATEWAY_CODE_005")]
    public async Task EnvelopeFaults_AnswerHttp200WithTheGatewayCode(FakeFault fault, string code)
    {
        _server.Faults.FailNext(fault);

        var response = await _api.ManagerAsync(Page, new { }, _token);

        response.AssertError(code, "G");
        Assert.Equal(Page, response.Data.GetString());
    }

    [Fact]
    public async Task LoginExpired_InvalidatesTheTokenTheRequestCarried()
    {
        var otherToken = await _api.AuthAsync();
        _server.Faults.FailNext(FakeFault.LoginExpired);

        var expired = await _api.ManagerAsync(Page, new { }, _token);
        var sameTokenAgain = await _api.ManagerAsync(Page, new { }, _token);
        var otherTokenStillWorks = await _api.ManagerAsync(Page, new { }, otherToken);

        expired.AssertError("GATEWAY_CODE_005", "G");
        sameTokenAgain.AssertError("GATEWAY_CODE_005", "G");
        otherTokenStillWorks.Ok();
    }

    [Fact]
    public async Task EmptyBody_IsHttp200WithNoContent()
    {
        _server.Faults.FailNext(FakeFault.EmptyBody);

        var response = await _api.ManagerAsync(Page, new { }, _token);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("", response.Body);
    }

    [Fact]
    public async Task MalformedJson_IsHttp200WithTruncatedJson()
    {
        _server.Faults.FailNext(FakeFault.MalformedJson);

        var response = await _api.ManagerAsync(Page, new { }, _token);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.Message.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("{", response.Body, StringComparison.Ordinal);
        Assert.Null(response.Json);
    }

    [Fact]
    public async Task ConnectionReset_GivesTheClientATransportError()
    {
        _server.Faults.FailNext(FakeFault.ConnectionReset);

        await Assert.ThrowsAsync<HttpRequestException>(() => _api.ManagerAsync(Page, new { }, _token));
        (await _api.ManagerAsync(Page, new { }, _token)).Ok();
    }

    [Fact]
    public async Task Latency_DelaysEveryResponseByAtLeastTheSetTime()
    {
        _server.Faults.Latency = TimeSpan.FromMilliseconds(200);

        var watch = Stopwatch.StartNew();
        var response = await _api.ManagerAsync(Page, new { }, _token);
        watch.Stop();

        response.Ok();
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(200), $"took {watch.Elapsed.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task RespondNext_ErrorEnvelope_EchoesTraceAndBizType()
    {
        _server.Faults.RespondNext(FakeResponse.ErrorEnvelope("GATEWAY_CODE_011", "Downstream service abnormal"), bizTypeFilter: Page);

        var response = await _api.PostAsync("openapi-b/" + Page, new { }, _api.Headers(_token, trace: "t-own"));

        response.AssertError("GATEWAY_CODE_011", "G");
        Assert.Equal("t-own", response.Envelope.GetProperty("trace").GetString());
        Assert.Equal(Page, response.Data.GetString());
    }

    [Fact]
    public async Task RespondNext_SuccessEnvelope_ReturnsTheGivenData()
    {
        _server.Faults.RespondNext(FakeResponse.SuccessEnvelope("{}"), count: 2, bizTypeFilter: GroupList);

        var first = await _api.ManagerAsync(GroupList, null, _token);
        var second = await _api.ManagerAsync(GroupList, null, _token);

        Assert.Equal(System.Text.Json.JsonValueKind.Object, first.Ok().ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Object, second.Ok().ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Array, (await _api.ManagerAsync(GroupList, null, _token)).Ok().ValueKind);
    }

    [Fact]
    public async Task RespondNext_RawResponse_IsSentAsGiven()
    {
        _server.Faults.RespondNext(new FakeResponse
        {
            StatusCode = 418,
            Body = "banned",
            ContentType = "text/plain",
            Headers = new Dictionary<string, string> { ["Retry-After"] = "300" },
        });

        var response = await _api.ManagerAsync(Page, new { }, _token);

        Assert.Equal((HttpStatusCode)418, response.Status);
        Assert.Equal("banned", response.Body);
        Assert.Equal(TimeSpan.FromSeconds(300), response.Message.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task FaultsApplyInTheOrderTheyWereQueued()
    {
        _server.Faults.FailNext(FakeFault.ServerError500);
        _server.Faults.FailNext(FakeFault.BadGateway502);

        var first = await _api.ManagerAsync(Page, new { }, _token);
        var second = await _api.ManagerAsync(Page, new { }, _token);

        Assert.Equal(HttpStatusCode.InternalServerError, first.Status);
        Assert.Equal(HttpStatusCode.BadGateway, second.Status);
    }

    [Fact]
    public async Task Reset_ClearsQueuedFaultsAndLatency()
    {
        _server.Faults.FailNext(FakeFault.ServerError500, count: int.MaxValue);
        _server.Faults.Latency = TimeSpan.FromSeconds(30);
        Assert.Equal(int.MaxValue, _server.Faults.PendingCount);

        _server.Faults.Reset();

        Assert.Equal(0, _server.Faults.PendingCount);
        Assert.Equal(TimeSpan.Zero, _server.Faults.Latency);
        Assert.Equal(TimeSpan.FromSeconds(1), _server.Faults.RetryAfter);
        (await _api.ManagerAsync(Page, new { }, _token)).Ok();
    }

    [Fact]
    public async Task FailNext_CountMaxValue_FailsUntilReset()
    {
        _server.Faults.FailNext(FakeFault.RequestTooFast, count: int.MaxValue);

        for (var i = 0; i < 3; i++)
        {
            (await _api.ManagerAsync(Page, new { }, _token)).AssertError("GATEWAY_CODE_018", "G");
        }

        _server.Faults.Reset();
        (await _api.ManagerAsync(Page, new { }, _token)).Ok();
    }

    [Fact]
    public void InvalidArguments_AreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _server.Faults.FailNext(FakeFault.ServerError500, count: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => _server.Faults.FailNext((FakeFault)999));
        Assert.Throws<ArgumentOutOfRangeException>(() => _server.Faults.Latency = TimeSpan.FromSeconds(-1));
        Assert.Throws<ArgumentNullException>(() => _server.Faults.RespondNext(null!));
        Assert.Equal(0, _server.Faults.PendingCount);
    }
}
