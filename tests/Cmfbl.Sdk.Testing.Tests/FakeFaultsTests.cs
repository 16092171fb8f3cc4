using System.Diagnostics;
using System.Net;
using Cmfbl.Sdk.Testing.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests;

public sealed class FakeFaultsTests : AuthenticatedFakeTest
{
    private const string Page = "customer.admin.WhiteCustomerAdminApiService.page";
    private const string GroupList = "customer.admin.CustomerGroupAdminApiService.groupList";

    [Fact]
    public async Task TooManyRequests429_CarriesRetryAfterAndRateLimitHeaders_ThenCallsSucceedAgain()
    {
        Server.Faults.RetryAfter = TimeSpan.FromSeconds(2);
        Server.Faults.FailNext(FakeFault.TooManyRequests429);

        var limited = await Api.ManagerAsync(Page, new { }, Token);
        var next = await Api.ManagerAsync(Page, new { }, Token);

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
        Server.Faults.FailNext(FakeFault.ServiceUnavailable503, count: 2, bizTypeFilter: "WhiteCustomerAdminApiService.page");
        Assert.Equal(2, Server.Faults.PendingCount);

        var other = await Api.ManagerAsync(GroupList, null, Token);
        var first = await Api.ManagerAsync(Page, new { }, Token);
        var second = await Api.ManagerAsync(Page, new { }, Token);
        var third = await Api.ManagerAsync(Page, new { }, Token);

        other.Ok();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.Status);
        Assert.Equal("text/html", first.Message.Content.Headers.ContentType?.MediaType);
        Assert.Contains("503", first.Body, StringComparison.Ordinal);
        third.Ok();
        Assert.Equal(0, Server.Faults.PendingCount);
    }

    [Theory]
    [InlineData(Page)]
    [InlineData("page")]
    public async Task BizTypeFilter_MatchesTheFullBizTypeOrADottedTail(string filter)
    {
        Server.Faults.FailNext(FakeFault.ServerError500, bizTypeFilter: filter);

        var response = await Api.ManagerAsync(Page, new { }, Token);

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
    }

    [Fact]
    public async Task BizTypeFilter_DoesNotMatchAPartialSegment()
    {
        Server.Faults.FailNext(FakeFault.ServerError500, bizTypeFilter: "age");

        var response = await Api.ManagerAsync(Page, new { }, Token);

        response.Ok();
        Assert.Equal(1, Server.Faults.PendingCount);
    }

    [Fact]
    public async Task ServerError500_HasAnEmptyBody()
    {
        Server.Faults.FailNext(FakeFault.ServerError500);

        var response = await Api.ManagerAsync(Page, new { }, Token);

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Equal("", response.Body);
    }

    [Theory]
    [InlineData(FakeFault.BadGateway502, HttpStatusCode.BadGateway)]
    [InlineData(FakeFault.ServiceUnavailable503, HttpStatusCode.ServiceUnavailable)]
    [InlineData(FakeFault.GatewayTimeout504, HttpStatusCode.GatewayTimeout)]
    public async Task ProxyFaults_AnswerWithAnHtmlPage(FakeFault fault, HttpStatusCode status)
    {
        Server.Faults.FailNext(fault);

        var response = await Api.ManagerAsync(Page, new { }, Token);

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
        Server.Faults.FailNext(fault);

        var response = await Api.ManagerAsync(Page, new { }, Token);

        response.AssertError(code, "G");
        Assert.Equal(Page, response.Data.GetString());
    }

    [Fact]
    public async Task LoginExpired_InvalidatesTheTokenTheRequestCarried()
    {
        var otherToken = await Api.AuthAsync();
        Server.Faults.FailNext(FakeFault.LoginExpired);

        var expired = await Api.ManagerAsync(Page, new { }, Token);
        var sameTokenAgain = await Api.ManagerAsync(Page, new { }, Token);
        var otherTokenStillWorks = await Api.ManagerAsync(Page, new { }, otherToken);

        expired.AssertError("GATEWAY_CODE_005", "G");
        sameTokenAgain.AssertError("GATEWAY_CODE_005", "G");
        otherTokenStillWorks.Ok();
    }

    [Fact]
    public async Task EmptyBody_IsHttp200WithNoContent()
    {
        Server.Faults.FailNext(FakeFault.EmptyBody);

        var response = await Api.ManagerAsync(Page, new { }, Token);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("", response.Body);
    }

    [Fact]
    public async Task MalformedJson_IsHttp200WithTruncatedJson()
    {
        Server.Faults.FailNext(FakeFault.MalformedJson);

        var response = await Api.ManagerAsync(Page, new { }, Token);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.Message.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("{", response.Body, StringComparison.Ordinal);
        Assert.Null(response.Json);
    }

    [Fact]
    public async Task ConnectionReset_GivesTheClientATransportError()
    {
        Server.Faults.FailNext(FakeFault.ConnectionReset);

        await Assert.ThrowsAsync<HttpRequestException>(() => Api.ManagerAsync(Page, new { }, Token));
        (await Api.ManagerAsync(Page, new { }, Token)).Ok();
    }

    [Fact]
    public async Task Latency_DelaysEveryResponseByAtLeastTheSetTime()
    {
        Server.Faults.Latency = TimeSpan.FromMilliseconds(200);

        var watch = Stopwatch.StartNew();
        var response = await Api.ManagerAsync(Page, new { }, Token);
        watch.Stop();

        response.Ok();
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(200), $"took {watch.Elapsed.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task RespondNext_ErrorEnvelope_EchoesTraceAndBizType()
    {
        Server.Faults.RespondNext(FakeResponse.ErrorEnvelope("GATEWAY_CODE_011", "Downstream service abnormal"), bizTypeFilter: Page);

        var response = await Api.PostAsync("openapi-b/" + Page, new { }, Api.Headers(Token, trace: "t-own"));

        response.AssertError("GATEWAY_CODE_011", "G");
        Assert.Equal("t-own", response.Envelope.GetProperty("trace").GetString());
        Assert.Equal(Page, response.Data.GetString());
    }

    [Fact]
    public async Task RespondNext_SuccessEnvelope_ReturnsTheGivenData()
    {
        Server.Faults.RespondNext(FakeResponse.SuccessEnvelope("{}"), count: 2, bizTypeFilter: GroupList);

        var first = await Api.ManagerAsync(GroupList, null, Token);
        var second = await Api.ManagerAsync(GroupList, null, Token);

        Assert.Equal(System.Text.Json.JsonValueKind.Object, first.Ok().ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Object, second.Ok().ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Array, (await Api.ManagerAsync(GroupList, null, Token)).Ok().ValueKind);
    }

    [Fact]
    public async Task RespondNext_RawResponse_IsSentAsGiven()
    {
        Server.Faults.RespondNext(new FakeResponse
        {
            StatusCode = 418,
            Body = "banned",
            ContentType = "text/plain",
            Headers = new Dictionary<string, string> { ["Retry-After"] = "300" },
        });

        var response = await Api.ManagerAsync(Page, new { }, Token);

        Assert.Equal((HttpStatusCode)418, response.Status);
        Assert.Equal("banned", response.Body);
        Assert.Equal(TimeSpan.FromSeconds(300), response.Message.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task FaultsApplyInTheOrderTheyWereQueued()
    {
        Server.Faults.FailNext(FakeFault.ServerError500);
        Server.Faults.FailNext(FakeFault.BadGateway502);

        var first = await Api.ManagerAsync(Page, new { }, Token);
        var second = await Api.ManagerAsync(Page, new { }, Token);

        Assert.Equal(HttpStatusCode.InternalServerError, first.Status);
        Assert.Equal(HttpStatusCode.BadGateway, second.Status);
    }

    [Fact]
    public async Task Reset_ClearsQueuedFaultsAndLatency()
    {
        Server.Faults.FailNext(FakeFault.ServerError500, count: int.MaxValue);
        Server.Faults.Latency = TimeSpan.FromSeconds(30);
        Assert.Equal(int.MaxValue, Server.Faults.PendingCount);

        Server.Faults.Reset();

        Assert.Equal(0, Server.Faults.PendingCount);
        Assert.Equal(TimeSpan.Zero, Server.Faults.Latency);
        Assert.Equal(TimeSpan.FromSeconds(1), Server.Faults.RetryAfter);
        (await Api.ManagerAsync(Page, new { }, Token)).Ok();
    }

    [Fact]
    public async Task FailNext_CountMaxValue_FailsUntilReset()
    {
        Server.Faults.FailNext(FakeFault.RequestTooFast, count: int.MaxValue);

        for (var i = 0; i < 3; i++)
        {
            (await Api.ManagerAsync(Page, new { }, Token)).AssertError("GATEWAY_CODE_018", "G");
        }

        Server.Faults.Reset();
        (await Api.ManagerAsync(Page, new { }, Token)).Ok();
    }

    [Fact]
    public void InvalidArguments_AreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Server.Faults.FailNext(FakeFault.ServerError500, count: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Server.Faults.FailNext((FakeFault)999));
        Assert.Throws<ArgumentOutOfRangeException>(() => Server.Faults.Latency = TimeSpan.FromSeconds(-1));
        Assert.Throws<ArgumentNullException>(() => Server.Faults.RespondNext(null!));
        Assert.Equal(0, Server.Faults.PendingCount);
    }
}
