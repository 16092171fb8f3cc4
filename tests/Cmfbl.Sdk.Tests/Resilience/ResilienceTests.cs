using System.Diagnostics;
using System.Net;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Security;
using Cmfbl.Sdk.Tests.TestSupport;

namespace Cmfbl.Sdk.Tests.Resilience;

/// <summary>Retries by operation kind, Retry-After, bans, the client-side limiter, the breaker and cancellation.</summary>
public sealed class ResilienceTests
{
    private const string Page = "customer.admin.WhiteCustomerAdminApiService.page";
    private const string AddCustomer = "customer.admin.WhiteCustomerAdminApiService.addCusAndOpenAccountAndKyc";
    private const string EmptyPage = """{"current":1,"size":20,"total":0,"records":[]}""";

    [Fact]
    public async Task Read_TwoServiceUnavailableAnswers_IsRetriedWithTheSameTraceAndOneOfEachHeader()
    {
        using var sdk = Harness();
        var attempts = 0;
        sdk.Stub.On(Page, _ => Interlocked.Increment(ref attempts) <= 2
            ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
            : StubHandler.Json(Envelope.Success(EmptyPage)));

        await sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest());

        var sent = sdk.Stub.RequestsTo(Page).ToArray();
        Assert.Equal(3, sent.Length);
        Assert.Single(sent.Select(r => r.Header("trace")).Distinct());
        Assert.All(sent, r =>
        {
            foreach (var header in new[] { "trace", "token", "timestamp", "companyId", "version", "lang" })
            {
                Assert.Equal(1, r.HeaderCount(header));
            }
        });
    }

    [Fact]
    public async Task KeyedWrite_Retried_SendsTheSameIdempotencyKeyOnEveryAttempt()
    {
        using var sdk = Harness(configureClient: true);
        var attempts = 0;
        sdk.Stub.On("customer.app.CustomerWebApiService.changeLang", _ => Interlocked.Increment(ref attempts) <= 2
            ? new HttpResponseMessage(HttpStatusCode.BadGateway)
            : StubHandler.Json(Envelope.Success("null")));
        using var session = sdk.Client.Sessions.FromToken("tok-1");

        await session.CustomerWeb.ChangeLangAsync(new Cmfbl.Sdk.ClientApi.Models.ChangeLangRequest { NewLang = "en-US" });

        var sent = sdk.Stub.RequestsTo("customer.app.CustomerWebApiService.changeLang").ToArray();
        Assert.Equal(3, sent.Length);
        Assert.All(sent, r => Assert.Equal(1, r.HeaderCount("idempotency-key")));
        Assert.Single(sent.Select(r => r.Header("idempotency-key")).Distinct());
        Assert.Single(sent.Select(r => r.Header("trace")).Distinct());
        Assert.Equal(3, sent.Select(r => r.Header("timestamp")).Count());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("my-system-customer-42")]
    public async Task UnsafeWrite_ServiceUnavailable_IsSentOnce_EvenWithThirdServerCode(string? thirdServerCode)
    {
        using var sdk = Harness();
        sdk.Stub.On(AddCustomer, _ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));

        await Assert.ThrowsAsync<CmfblServiceUnavailableException>(() => sdk.Manager.WhiteCustomers.AddCusAndOpenAccountAndKycAsync(NewCustomer(thirdServerCode)));

        Assert.Single(sdk.Stub.RequestsTo(AddCustomer));
    }

    [Fact]
    public async Task UnsafeWrite_AttemptTimesOut_IsSentOnce_AndOutcomeIsUnknown()
    {
        using var sdk = Harness(r => r.AttemptTimeout = TimeSpan.FromMilliseconds(200));
        sdk.Stub.OnAsync(AddCustomer, async (_, ct) => { await Task.Delay(TimeSpan.FromSeconds(10), ct); return StubHandler.Json("{}"); });

        var exception = await Assert.ThrowsAsync<CmfblOutcomeUnknownException>(() => sdk.Manager.WhiteCustomers.AddCusAndOpenAccountAndKycAsync(NewCustomer(null)));

        Assert.Single(sdk.Stub.RequestsTo(AddCustomer));
        Assert.Contains("timed out", exception.Message, StringComparison.Ordinal);
        Assert.Null(exception.InnerException);
    }

    [Fact]
    public async Task Read_AttemptTimesOut_IsRetried()
    {
        using var sdk = Harness(r => r.AttemptTimeout = TimeSpan.FromMilliseconds(200));
        var attempts = 0;
        sdk.Stub.OnAsync(Page, async (_, ct) =>
        {
            if (Interlocked.Increment(ref attempts) == 1)
            {
                await Task.Delay(TimeSpan.FromSeconds(10), ct);
            }

            return StubHandler.Json(Envelope.Success(EmptyPage));
        });

        await sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest());

        Assert.Equal(2, sdk.Stub.RequestsTo(Page).Count());
    }

    [Theory]
    [InlineData("GATEWAY_CODE_018")]
    [InlineData("GATEWAY_CODE_902")]
    [InlineData("G500")]
    public async Task Read_TransientEnvelope_IsRetried(string code)
    {
        using var sdk = Harness();
        var attempts = 0;
        sdk.Stub.On(Page, _ => StubHandler.Json(Interlocked.Increment(ref attempts) == 1 ? Envelope.Error(code) : Envelope.Success(EmptyPage)));

        await sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest());

        Assert.Equal(2, sdk.Stub.RequestsTo(Page).Count());
    }

    [Fact]
    public async Task Read_BusinessError_IsNotRetried()
    {
        using var sdk = Harness();
        sdk.Stub.OnJson(Page, Envelope.Error("CUSTOMER_API_0000003", "US"));

        await Assert.ThrowsAsync<CmfblApiException>(() => sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));

        Assert.Single(sdk.Stub.RequestsTo(Page));
    }

    [Fact]
    public async Task Read_429_WaitsForRateLimitReset_ThenRetries()
    {
        using var sdk = Harness(r => r.RetryBaseDelay = TimeSpan.Zero);
        var attempts = 0;
        sdk.Stub.On(Page, _ =>
        {
            if (Interlocked.Increment(ref attempts) > 1)
            {
                return StubHandler.Json(Envelope.Success(EmptyPage));
            }

            var response = new HttpResponseMessage((HttpStatusCode)429);
            response.Headers.TryAddWithoutValidation("x-ratelimit-reset", "0.4");
            return response;
        });
        var clock = Stopwatch.StartNew();

        await sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest());

        Assert.Equal(2, sdk.Stub.RequestsTo(Page).Count());
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(350), $"retried after {clock.Elapsed}, before the 0.4 s the server asked for");
    }

    [Fact]
    public async Task Read_429_WithRetryAfterBeyondMaxRetryDelay_FailsAtOnce()
    {
        using var sdk = Harness();
        sdk.Stub.On(Page, _ =>
        {
            var response = new HttpResponseMessage((HttpStatusCode)429);
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromMinutes(2));
            return response;
        });

        var exception = await Assert.ThrowsAsync<CmfblRateLimitException>(() => sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));

        Assert.Equal(TimeSpan.FromMinutes(2), exception.RetryAfter);
        Assert.Single(sdk.Stub.RequestsTo(Page));
    }

    [Fact]
    public async Task Http418_BansTheFamily_NextCallFailsFastWithoutSending()
    {
        using var sdk = Harness();
        sdk.Stub.On(Page, _ => new HttpResponseMessage((HttpStatusCode)418));

        var first = await Assert.ThrowsAsync<CmfblRateLimitException>(() => sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));
        var second = await Assert.ThrowsAsync<CmfblRateLimitException>(() => sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));

        Assert.Equal((HttpStatusCode)418, first.HttpStatus);
        Assert.Single(sdk.Stub.RequestsTo(Page));
        Assert.InRange(second.RetryAfter!.Value, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5));
        Assert.Contains("banned", second.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClientRateLimit_FailFast_RefusesTheCallOverTheLimit()
    {
        using var sdk = Harness(r => r.PermitsPerMinute = 2);
        sdk.Stub.OnData(Page, EmptyPage);

        await sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest());
        await sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest());
        var refused = await Assert.ThrowsAsync<CmfblRateLimitException>(() => sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));

        Assert.Equal("CMFBL_CLIENT_RATE_LIMIT", refused.Code);
        Assert.Equal(2, sdk.Stub.RequestsTo(Page).Count());
    }

    [Fact]
    public async Task ClientRateLimit_Queued_CallerCancellationEndsTheWaitPromptly()
    {
        using var sdk = Harness(r => { r.PermitsPerMinute = 1; r.QueueLimit = 5; });
        sdk.Stub.OnData(Page, EmptyPage);
        await sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest());
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest(), cancellation.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"cancellation took {clock.Elapsed}");
        Assert.Single(sdk.Stub.RequestsTo(Page));
    }

    [Fact]
    public async Task Cancellation_DuringBackoff_EndsTheCallPromptly()
    {
        using var sdk = Harness();
        sdk.Stub.On(Page, _ =>
        {
            var response = new HttpResponseMessage((HttpStatusCode)429);
            response.Headers.TryAddWithoutValidation("x-ratelimit-reset", "20");
            return response;
        });
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest(), cancellation.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"cancellation took {clock.Elapsed}");
        await Task.Delay(TimeSpan.FromMilliseconds(500)); // nothing left running in the background may send a retry later
        Assert.Single(sdk.Stub.RequestsTo(Page));
    }

    [Fact]
    public async Task CircuitBreaker_RepeatedFailures_StopsSending()
    {
        using var sdk = Harness(r =>
        {
            r.MaxRetryAttempts = 0;
            r.CircuitBreakerMinimumThroughput = 4;
            r.CircuitBreakerFailureRatio = 0.5;
            r.CircuitBreakerBreakDuration = TimeSpan.FromSeconds(30);
        });
        sdk.Stub.On(Page, _ => new HttpResponseMessage(HttpStatusCode.BadGateway));

        // The token call is one of the family's calls too (a success), so the circuit opens after 3 failures of 4 calls.
        for (var i = 0; i < 3; i++)
        {
            var failed = await Assert.ThrowsAsync<CmfblServiceUnavailableException>(() => sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));
            Assert.DoesNotContain("circuit open", failed.Message, StringComparison.Ordinal);
        }

        var open = await Assert.ThrowsAsync<CmfblServiceUnavailableException>(() => sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));

        Assert.Contains("circuit open", open.Message, StringComparison.Ordinal);
        Assert.Equal(3, sdk.Stub.RequestsTo(Page).Count());
        Assert.Null(open.InnerException);
    }

    private static SdkHarness Harness(Action<Cmfbl.Sdk.Resilience.CmfblResilienceOptions>? configure = null, bool configureClient = false) =>
        new(options =>
        {
            options.Timeout = TimeSpan.FromSeconds(20);
            var family = configureClient ? options.ClientApi.Resilience : options.ManagerApi.Resilience;
            family.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
            configure?.Invoke(family);
        });

    private static AddCustomerRequest NewCustomer(string? thirdServerCode) => new()
    {
        Phone = "13800138000",
        Password = Md5Password.FromPlainText("a123456"),
        Country = "CN",
        RegisterSource = RegisterSource.H5,
        CustomerGroupId = 1,
        ThirdServerCode = thirdServerCode,
    };
}
