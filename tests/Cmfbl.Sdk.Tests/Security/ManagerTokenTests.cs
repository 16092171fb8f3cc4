using System.Collections.Concurrent;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cmfbl.Sdk.Tests.Security;

/// <summary>The Manager token is obtained once, renewed once for all concurrent callers, and replayed once.</summary>
public sealed class ManagerTokenTests : IDisposable
{
    private const string Page = "customer.admin.WhiteCustomerAdminApiService.page";
    private const string EmptyPage = """{"current":1,"size":20,"total":0,"records":[]}""";

    private readonly SdkHarness _sdk = new();

    public void Dispose() => _sdk.Dispose();

    private int AuthCalls => _sdk.Stub.RequestsTo(SdkHarness.AuthBizType).Count();

    [Fact]
    public async Task FirstCalls_Concurrent_ShareOneAuthCall()
    {
        const int callers = 100;
        var started = 0;
        var allStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var startedWhenAuthAnswered = new ConcurrentQueue<int>();
        _sdk.Stub.OnAsync(SdkHarness.AuthBizType, async (_, cancellationToken) =>
        {
            // The answer waits until every caller has started, so they all overlap the one token acquisition.
            await allStarted.Task.WaitAsync(Rendezvous.Bound, cancellationToken);
            startedWhenAuthAnswered.Enqueue(Volatile.Read(ref started));
            return StubHandler.Json(SdkHarness.AuthAnswer("token-1"));
        });
        _sdk.Stub.OnData(Page, EmptyPage);

        var calls = Enumerable.Range(0, callers).Select(_ =>
        {
            Interlocked.Increment(ref started);
            return _sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest());
        }).ToArray();
        Assert.DoesNotContain(calls, call => call.IsCompleted); // no call can end before the token is there
        allStarted.SetResult();
        await Task.WhenAll(calls);

        Assert.Equal(callers, Assert.Single(startedWhenAuthAnswered)); // one auth call, answered after all 100 had started
        var pages = _sdk.Stub.RequestsTo(Page).ToArray();
        Assert.Equal(callers, pages.Length);
        Assert.All(pages, r => Assert.Equal("token-1", r.Header("token")));
    }

    [Theory]
    [InlineData("GATEWAY_CODE_001")]
    [InlineData("GATEWAY_CODE_005")]
    [InlineData("GATEWAY_CODE_017")]
    public async Task LoginExpired_100ConcurrentCalls_MakeExactlyOneAuthCall(string code)
    {
        const int callers = 100;
        var expiredAnswers = new Rendezvous(callers);
        var renewalsAsked = new Rendezvous(callers);
        using var sdk = new SdkHarness(withAuth: false, services: services => services.AddLogging(logging => logging.AddProvider(new LogEventHook("RenewingToken", renewalsAsked.Arrive))));
        var authCalls = 0;
        sdk.Stub.OnAsync(SdkHarness.AuthBizType, async (_, cancellationToken) =>
        {
            var n = Interlocked.Increment(ref authCalls);
            if (n > 1)
            {
                // A renewal is answered only once every caller has asked for one: they all overlap it.
                await renewalsAsked.WaitAsync(cancellationToken);
            }

            return StubHandler.Json(SdkHarness.AuthAnswer($"token-{n}"));
        });
        var expired = false;
        sdk.Stub.OnAsync(Page, async (request, cancellationToken) =>
        {
            if (Volatile.Read(ref expired) && request.Header("token") == "token-1")
            {
                // Every request with the expired token is held until all 100 are here: the callers overlap.
                await expiredAnswers.ArriveAndWaitAsync(cancellationToken);
                return StubHandler.Json(Envelope.Error(code, msg: "login info expired"));
            }

            await Task.Yield();
            return StubHandler.Json(Envelope.Success(EmptyPage));
        });
        await sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()); // token-1 obtained and accepted
        Volatile.Write(ref expired, true);

        var failure = await Record.ExceptionAsync(() =>
            Task.WhenAll(Enumerable.Range(0, callers).Select(_ => sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()))));

        Assert.Equal(callers, expiredAnswers.Arrived); // 100 requests with the expired token reached the stub together
        Assert.Equal(callers, renewalsAsked.Arrived); // and each of the 100 callers asked for a renewal
        Assert.Null(failure);
        Assert.Equal(2, sdk.Stub.RequestsTo(SdkHarness.AuthBizType).Count()); // the first token, then exactly one renewal
        var replays = sdk.Stub.RequestsTo(Page).Where(r => r.Header("token") == "token-2").ToArray();
        Assert.Equal(callers, replays.Length);
        Assert.All(replays, r => Assert.Equal(1, r.HeaderCount("token")));
        Assert.Equal(1 + callers + callers, sdk.Stub.RequestsTo(Page).Count());
    }

    [Fact]
    public async Task LoginExpired_AgainAfterRenewal_ThrowsAuthenticationException_AfterOneReplay()
    {
        _sdk.Stub.OnJson(Page, Envelope.Error("GATEWAY_CODE_005", msg: "login info expired"));

        var exception = await Assert.ThrowsAsync<CmfblAuthenticationException>(() => _sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));

        Assert.Equal("GATEWAY_CODE_005", exception.Code);
        Assert.Equal(2, _sdk.Stub.RequestsTo(Page).Count());
        Assert.Equal(2, AuthCalls);
        Assert.Contains("freshly renewed token", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongCredentials_SurfaceAsAuthenticationException_AndConcurrentCallersShareTheFailure()
    {
        const int callers = 20;
        using var sdk = new SdkHarness(withAuth: false);
        var allStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        sdk.Stub.OnAsync(SdkHarness.AuthBizType, async (_, cancellationToken) =>
        {
            await allStarted.Task.WaitAsync(Rendezvous.Bound, cancellationToken); // refused only once every caller waits for a token
            return StubHandler.Json(Envelope.Error("GATEWAY_CODE_101", msg: "invalid account info"));
        });
        sdk.Stub.OnData(Page, EmptyPage);

        var calls = Enumerable.Range(0, callers).Select(_ => sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest())).ToArray();
        Assert.DoesNotContain(calls, call => call.IsCompleted);
        allStarted.SetResult();
        foreach (var call in calls)
        {
            var exception = await Assert.ThrowsAsync<CmfblAuthenticationException>(() => call);
            Assert.Equal("GATEWAY_CODE_101", exception.Code);
        }

        Assert.Single(sdk.Stub.RequestsTo(SdkHarness.AuthBizType));
        Assert.Empty(sdk.Stub.RequestsTo(Page));
    }

    [Fact]
    public async Task NoCredentials_ManagerCall_SaysWhatToConfigure()
    {
        using var sdk = new SdkHarness(options => { options.ManagerApi.AppId = null; options.ManagerApi.AppSecret = null; });

        var exception = await Assert.ThrowsAsync<CmfblInvalidRequestException>(() => sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));

        Assert.Contains("AppId", exception.Message, StringComparison.Ordinal);
        Assert.Empty(sdk.Stub.Requests);
    }
}
