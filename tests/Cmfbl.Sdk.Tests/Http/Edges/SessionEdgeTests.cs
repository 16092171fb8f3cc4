using System.Net;
using Cmfbl.Sdk.ClientApi.Models;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Tests.TestSupport;

namespace Cmfbl.Sdk.Tests.Http.Edges;

/// <summary>Token acquisition cancelled by its leader, a failing logout, and connection time-outs the caller did not ask for.</summary>
public sealed class SessionEdgeTests
{
    private const string Page = "customer.admin.WhiteCustomerAdminApiService.page";
    private const string EmptyPage = """{"current":1,"size":20,"total":0,"records":[]}""";

    [Fact]
    public async Task TokenAcquisition_LeaderCancels_TheCallerWaitingBehindItStillGetsAToken()
    {
        using var sdk = new SdkHarness(withAuth: false);
        var firstAuthStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var authCalls = 0;
        sdk.Stub.OnAsync(SdkHarness.AuthBizType, async (_, cancellationToken) =>
        {
            if (Interlocked.Increment(ref authCalls) == 1)
            {
                firstAuthStarted.SetResult();
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken); // held until the leader cancels
            }

            return StubHandler.Json(Envelope.Success("""{"token":"token-2"}"""));
        });
        sdk.Stub.OnData(Page, EmptyPage);
        using var leaderCancellation = new CancellationTokenSource();

        var leader = sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest(), leaderCancellation.Token);
        await firstAuthStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var follower = sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()); // queues behind the leader's acquisition
        await leaderCancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leader);
        await follower.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("token-2", Assert.Single(sdk.Stub.RequestsTo(Page)).Header("token"));
        Assert.Equal(2, authCalls);
    }

    [Fact]
    public async Task LogoutAsync_Failing_ThrowsTheSdkError_AndStillEndsTheSessionLocally()
    {
        using var sdk = new SdkHarness(withAuth: false);
        sdk.Stub.OnJson("logout", Envelope.Error("GATEWAY_CODE_019", msg: "no access"));
        using var session = sdk.Client.Sessions.FromToken("tok-1");

        var error = await Assert.ThrowsAsync<CmfblAuthenticationException>(() => session.LogoutAsync());

        Assert.Equal("GATEWAY_CODE_019", error.Code);
        Assert.True(session.IsLoggedOut);
        await Assert.ThrowsAsync<CmfblInvalidRequestException>(() => session.CustomerWeb.FindCustomerInfoAsync());
        Assert.Single(sdk.Stub.Requests);
    }

    [Fact]
    public async Task Read_ConnectionTimeOutTheCallerDidNotCause_IsRetried()
    {
        using var sdk = new SdkHarness(options => options.ManagerApi.Resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(1));
        var attempts = 0;
        sdk.Stub.On(Page, _ => Interlocked.Increment(ref attempts) == 1
            ? throw new TaskCanceledException("The connection attempt timed out.", new TimeoutException())
            : StubHandler.Json(Envelope.Success(EmptyPage)));

        var page = await sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest());

        Assert.Empty(page.Records);
        Assert.Equal(2, sdk.Stub.RequestsTo(Page).Count());
    }

    [Fact]
    public async Task Read_CallerCancels_IsNotRetried_AndStaysACancellation()
    {
        using var sdk = new SdkHarness();
        using var cancellation = new CancellationTokenSource();
        sdk.Stub.OnAsync(Page, async (_, _) =>
        {
            await cancellation.CancelAsync();
            return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest(), cancellation.Token));

        Assert.Single(sdk.Stub.RequestsTo(Page));
    }
}
