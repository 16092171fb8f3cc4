using System.Diagnostics;
using System.Globalization;
using System.Net;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Security;
using Cmfbl.Sdk.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

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
    public async Task KeyedWrite_Retried_SendsTheSameIdempotencyKeyAndTrace_WithAFreshTimestampPerAttempt()
    {
        var clock = new ObservedClock();
        using var sdk = Harness(r => r.RetryBaseDelay = TimeSpan.FromSeconds(1), configureClient: true, clock: clock);
        var attempts = 0;
        sdk.Stub.On("customer.app.CustomerWebApiService.changeLang", _ => Interlocked.Increment(ref attempts) <= 2
            ? new HttpResponseMessage(HttpStatusCode.BadGateway)
            : StubHandler.Json(Envelope.Success("null")));
        using var session = sdk.Client.Sessions.FromToken("tok-1");
        var start = clock.GetUtcNow();

        var call = session.CustomerWeb.ChangeLangAsync(new Cmfbl.Sdk.ClientApi.Models.ChangeLangRequest { NewLang = "en-US" });
        var firstBackOff = await clock.WaitForTimerAsync(IsBackOff, "a retry back-off");
        clock.Advance(firstBackOff);
        var secondBackOff = await clock.WaitForTimerAsync(IsBackOff, "a second retry back-off");
        clock.Advance(secondBackOff);
        await call.WaitAsync(Rendezvous.Bound);

        var sent = sdk.Stub.RequestsTo("customer.app.CustomerWebApiService.changeLang").ToArray();
        Assert.Equal(3, sent.Length);
        Assert.All(sent, r => Assert.Equal(1, r.HeaderCount("idempotency-key")));
        Assert.Single(sent.Select(r => r.Header("idempotency-key")).Distinct());
        Assert.Single(sent.Select(r => r.Header("trace")).Distinct());
        Assert.Equal(
            new[] { start, start + firstBackOff, start + firstBackOff + secondBackOff }.Select(UnixMilliseconds),
            sent.Select(r => r.Header("timestamp")));
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
        var clock = new ObservedClock();
        using var sdk = Harness(r => r.AttemptTimeout = TimeSpan.FromSeconds(5), clock: clock);
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        sdk.Stub.OnAsync(AddCustomer, async (_, ct) =>
        {
            arrived.TrySetResult();
            await Task.Delay(Rendezvous.Bound, ct); // no answer until the attempt is cancelled
            return StubHandler.Json("{}");
        });

        var call = sdk.Manager.WhiteCustomers.AddCusAndOpenAccountAndKycAsync(NewCustomer(null));
        await arrived.Task.WaitAsync(Rendezvous.Bound);
        clock.Advance(TimeSpan.FromSeconds(5)); // the attempt's time limit passes
        var exception = await Assert.ThrowsAsync<CmfblOutcomeUnknownException>(() => call.WaitAsync(Rendezvous.Bound));

        Assert.Single(sdk.Stub.RequestsTo(AddCustomer));
        Assert.Contains("timed out", exception.Message, StringComparison.Ordinal);
        Assert.Null(exception.InnerException);
    }

    [Fact]
    public async Task Read_AttemptTimesOut_IsRetried()
    {
        var clock = new ObservedClock();
        using var sdk = Harness(r => { r.AttemptTimeout = TimeSpan.FromSeconds(5); r.RetryBaseDelay = TimeSpan.Zero; }, clock: clock);
        var attempts = 0;
        var firstArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        sdk.Stub.OnAsync(Page, async (_, ct) =>
        {
            if (Interlocked.Increment(ref attempts) == 1)
            {
                firstArrived.TrySetResult();
                await Task.Delay(Rendezvous.Bound, ct); // no answer until the attempt is cancelled
            }

            return StubHandler.Json(Envelope.Success(EmptyPage));
        });

        var call = sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest());
        await firstArrived.Task.WaitAsync(Rendezvous.Bound);
        clock.Advance(TimeSpan.FromSeconds(5)); // the first attempt's time limit passes
        await call.WaitAsync(Rendezvous.Bound);

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
        var clock = new ObservedClock();
        using var sdk = Harness(r => r.RetryBaseDelay = TimeSpan.Zero, clock: clock);
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

        var call = sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest());
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(0.4)); // the SDK waits what the server asked for
        Assert.Single(sdk.Stub.RequestsTo(Page)); // and has not retried yet
        clock.Advance(TimeSpan.FromSeconds(0.4));
        await call.WaitAsync(Rendezvous.Bound);

        var sent = sdk.Stub.RequestsTo(Page).Select(r => long.Parse(r.Header("timestamp")!, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(2, sent.Length);
        Assert.Equal(400, sent[1] - sent[0]);
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
        using var sdk = Harness(clock: new ObservedClock());
        sdk.Stub.On(Page, _ => new HttpResponseMessage((HttpStatusCode)418));

        var first = await Assert.ThrowsAsync<CmfblRateLimitException>(() => sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));
        var second = await Assert.ThrowsAsync<CmfblRateLimitException>(() => sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));

        Assert.Equal((HttpStatusCode)418, first.HttpStatus);
        Assert.Single(sdk.Stub.RequestsTo(Page));
        Assert.Equal(TimeSpan.FromMinutes(5), second.RetryAfter); // the default ban; no time passed on the SDK's clock
        Assert.Contains("banned", second.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Http418_BanEnds_AfterItsDuration_AndCallsAreSentAgain()
    {
        var clock = new ObservedClock();
        using var sdk = Harness(clock: clock);
        var attempts = 0;
        sdk.Stub.On(Page, _ => Interlocked.Increment(ref attempts) == 1
            ? new HttpResponseMessage((HttpStatusCode)418)
            : StubHandler.Json(Envelope.Success(EmptyPage)));
        await Assert.ThrowsAsync<CmfblRateLimitException>(() => sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));

        clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        var stillBanned = await Assert.ThrowsAsync<CmfblRateLimitException>(() => sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));
        clock.Advance(TimeSpan.FromSeconds(1));
        await sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest());

        Assert.Equal(TimeSpan.FromSeconds(1), stillBanned.RetryAfter);
        Assert.Equal(2, sdk.Stub.RequestsTo(Page).Count());
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
        var clock = new ObservedClock();
        using var sdk = Harness(clock: clock);
        sdk.Stub.On(Page, _ =>
        {
            var response = new HttpResponseMessage((HttpStatusCode)429);
            response.Headers.TryAddWithoutValidation("x-ratelimit-reset", "25");
            return response;
        });
        using var cancellation = new CancellationTokenSource();

        var call = sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest(), cancellation.Token);
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(25)); // in the back-off, which on this clock never ends by itself
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(Rendezvous.Bound)); // a hang fails as a TimeoutException
        clock.Advance(TimeSpan.FromMinutes(1)); // past the back-off: nothing left behind may send a retry now
        await Task.Delay(TimeSpan.FromMilliseconds(200));
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

    [Fact]
    public async Task CircuitBreaker_StaysOpen_WhenHttpClientFactoryRotatesTheHandlers()
    {
        // IHttpClientFactory builds a family's handlers anew when their lifetime ends (here after 1 s, its minimum):
        // the breaker's state belongs to the family, not to one set of handlers, so an open circuit stays open.
        var handlersBuilt = 0;
        using var sdk = new SdkHarness(
            options =>
            {
                options.Timeout = TimeSpan.FromSeconds(20);
                options.ManagerApi.Resilience.MaxRetryAttempts = 0;
                options.ManagerApi.Resilience.CircuitBreakerMinimumThroughput = 4;
                options.ManagerApi.Resilience.CircuitBreakerFailureRatio = 0.5;
                options.ManagerApi.Resilience.CircuitBreakerBreakDuration = TimeSpan.FromMinutes(5);
            },
            sdk: builder => builder.ManagerApi
                .SetHandlerLifetime(TimeSpan.FromSeconds(1))
                .AddHttpMessageHandler(() =>
                {
                    Interlocked.Increment(ref handlersBuilt);
                    return new PassThroughHandler();
                }));
        sdk.Stub.On(Page, _ => new HttpResponseMessage(HttpStatusCode.BadGateway));
        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAsync<CmfblServiceUnavailableException>(() => sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));
        }

        var rotated = Stopwatch.StartNew();
        while (Volatile.Read(ref handlersBuilt) < 2 && rotated.Elapsed < TimeSpan.FromSeconds(10))
        {
            var open = await Assert.ThrowsAsync<CmfblServiceUnavailableException>(() => sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));
            Assert.Contains("circuit open", open.Message, StringComparison.Ordinal);
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        Assert.True(Volatile.Read(ref handlersBuilt) >= 2, "IHttpClientFactory did not build the handlers again within 10 s");
        var afterRotation = await Assert.ThrowsAsync<CmfblServiceUnavailableException>(() => sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));
        Assert.Contains("circuit open", afterRotation.Message, StringComparison.Ordinal);
        Assert.Equal(3, sdk.Stub.RequestsTo(Page).Count());
    }

    /// <param name="configure">Adjusts the resilience options of the family under test.</param>
    /// <param name="configureClient">Whether the family under test is the Client API (else the Manager API).</param>
    /// <param name="clock">The SDK's clock: an <see cref="ObservedClock"/> moves only when the test advances it.</param>
    private static SdkHarness Harness(Action<Cmfbl.Sdk.Resilience.CmfblResilienceOptions>? configure = null, bool configureClient = false, TimeProvider? clock = null) =>
        new(
            options =>
            {
                options.Timeout = TimeSpan.FromSeconds(20);
                var family = configureClient ? options.ClientApi.Resilience : options.ManagerApi.Resilience;
                family.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
                configure?.Invoke(family);
            },
            timeProvider: clock);

    /// <summary>A retry's back-off, not a time limit (the call's and the attempt's are 20 s here).</summary>
    private static bool IsBackOff(TimeSpan due) => due < TimeSpan.FromSeconds(15);

    private static string UnixMilliseconds(DateTimeOffset time) => time.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

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
