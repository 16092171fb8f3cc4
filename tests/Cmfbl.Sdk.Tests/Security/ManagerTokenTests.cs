using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Tests.TestSupport;

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
        _sdk.Stub.OnData(Page, EmptyPage);

        await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => _sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest())));

        Assert.Equal(1, AuthCalls);
        Assert.All(_sdk.Stub.RequestsTo(Page), r => Assert.Equal("token-1", r.Header("token")));
    }

    [Theory]
    [InlineData("GATEWAY_CODE_001")]
    [InlineData("GATEWAY_CODE_005")]
    [InlineData("GATEWAY_CODE_017")]
    public async Task LoginExpired_100ConcurrentCalls_MakeExactlyOneAuthCall(string code)
    {
        _sdk.Stub.On(Page, request => StubHandler.Json(request.Header("token") == "token-1"
            ? Envelope.Error(code, msg: "login info expired")
            : Envelope.Success(EmptyPage)));
        var gate = new TaskCompletionSource();
        var started = 0;

        var calls = Enumerable.Range(0, 100).Select(async _ =>
        {
            if (Interlocked.Increment(ref started) == 100)
            {
                gate.SetResult();
            }

            await gate.Task;
            return await _sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest());
        }).ToArray();
        var pages = await Task.WhenAll(calls);

        Assert.Equal(100, pages.Length);
        Assert.Equal(2, AuthCalls); // the first token, then exactly one renewal for all 100 callers
        var replays = _sdk.Stub.RequestsTo(Page).Where(r => r.Header("token") == "token-2").ToArray();
        Assert.Equal(100, replays.Length);
        Assert.All(replays, r => Assert.Equal(1, r.HeaderCount("token")));
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
        using var sdk = new SdkHarness(withAuth: false);
        sdk.Stub.OnAsync(SdkHarness.AuthBizType, async (_, _) =>
        {
            await Task.Delay(100, CancellationToken.None);
            return StubHandler.Json(Envelope.Error("GATEWAY_CODE_101", msg: "invalid account info"));
        });
        sdk.Stub.OnData(Page, EmptyPage);

        var calls = Enumerable.Range(0, 20).Select(_ => sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest())).ToArray();
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
