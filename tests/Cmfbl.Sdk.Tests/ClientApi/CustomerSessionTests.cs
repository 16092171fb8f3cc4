using Cmfbl.Sdk.ClientApi;
using Cmfbl.Sdk.ClientApi.Internal;
using Cmfbl.Sdk.ClientApi.Models;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Http;
using Cmfbl.Sdk.Internal;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Security;
using Cmfbl.Sdk.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cmfbl.Sdk.Tests.ClientApi;

/// <summary>A customer's session: login, token on later calls, one re-login for all callers, logout, isolation.</summary>
public sealed class CustomerSessionTests : IDisposable
{
    private const string Login = "customer.app.CustomerWebApiService.login";
    private const string FindCustomerInfo = "customer.app.CustomerWebApiService.findCustomerInfo";
    private readonly SdkHarness _sdk;
    private int _logins;
    private Rendezvous? _reloginsAsked;

    public CustomerSessionTests()
    {
        _sdk = new SdkHarness(withAuth: false, services: services => services.AddLogging(logging => logging.AddProvider(new LogEventHook("RenewingToken", () => _reloginsAsked?.Arrive()))));
        _sdk.Stub.OnAsync(Login, async (request, cancellationToken) =>
        {
            var n = Interlocked.Increment(ref _logins);
            if (n > 1 && _reloginsAsked is { } asked)
            {
                await asked.WaitAsync(cancellationToken); // a re-login is answered only once every caller has asked for one
            }

            await Task.Yield(); // answered later, as over a network: concurrent callers can arrive meanwhile
            var who = System.Text.Json.Nodes.JsonNode.Parse(request.Body)!["loginName"]!.GetValue<string>();
            return request.Body.Contains("dc483e80a7a0bd9ef71d8cf973673924", StringComparison.Ordinal)
                ? StubHandler.Json(Envelope.Success($$"""{"token":"{{who}}-token-{{n}}app","rToken":"{{new string('a', 64)}}","customerNo":"{{who}}","accountList":[{"accountId":1,"balance":"10.5"}]}"""))
                : StubHandler.Json(Envelope.Error("CUSTOMER_API_0000102", "US", msg: "account or password incorrect"));
        });
        _sdk.Stub.On(FindCustomerInfo, request => StubHandler.Json(request.Header("token")!.EndsWith("-token-1app", StringComparison.Ordinal) && _expireFirstToken
            ? Envelope.Error("GATEWAY_CODE_005", msg: "login info expired")
            : Envelope.Success($$"""{"customerNo":"{{request.Header("token")!.Split('-')[0]}}","email":"a@b.c"}""")));
        _sdk.Stub.OnData("logout", "null");
    }

    private bool _expireFirstToken;

    public void Dispose() => _sdk.Dispose();

    [Fact]
    public async Task LoginAsync_ThenFindCustomerInfo_SendsTheSessionToken()
    {
        using var session = await _sdk.Client.Sessions.LoginAsync(Credentials("86000001"));

        var profile = await session.CustomerWeb.FindCustomerInfoAsync();

        Assert.Equal("86000001", profile.CustomerNo);
        Assert.Equal("86000001", session.Login!.Profile.CustomerNo);
        Assert.Equal(10.5m, Assert.Single(session.Login.Profile.AccountList).Balance);
        var login = Assert.Single(_sdk.Stub.RequestsTo(Login));
        Assert.Equal("/api/login/customer.app.CustomerWebApiService.login", login.Path);
        Assert.Null(login.Header("token"));
        Assert.Null(login.Header("captcha"));
        Assert.Equal("439", login.Header("companyId"));
        JsonAssert.Equivalent("""{"type":3,"loginName":"86000001","loginPwd":"dc483e80a7a0bd9ef71d8cf973673924","device":1,"isThird":false}""", login.Body);
        var find = Assert.Single(_sdk.Stub.RequestsTo(FindCustomerInfo));
        Assert.Equal("/api/global/customer.app.CustomerWebApiService.findCustomerInfo", find.Path);
        Assert.Equal("86000001-token-1app", find.Header("token"));
        Assert.Equal(1, find.HeaderCount("token"));
    }

    [Fact]
    public async Task LoginAsync_WithCaptcha_SendsTheCaptchaHeader()
    {
        using var session = await _sdk.Client.Sessions.LoginAsync(Credentials("86000001"), captcha: "recaptcha-token");

        Assert.Equal("recaptcha-token", Assert.Single(_sdk.Stub.RequestsTo(Login)).Header("captcha"));
    }

    [Fact]
    public async Task LoginAsync_WrongPassword_ThrowsAuthenticationException()
    {
        var request = Credentials("86000001") with { Password = Md5Password.FromPlainText("wrong") };

        var exception = await Assert.ThrowsAsync<CmfblAuthenticationException>(() => _sdk.Client.Sessions.LoginAsync(request));

        Assert.Equal(CmfblErrorCodes.WrongPassword, exception.Code);
    }

    [Fact]
    public async Task TwoSessions_KeepTheirOwnTokens()
    {
        using var alice = await _sdk.Client.Sessions.LoginAsync(Credentials("alice"));
        using var bob = await _sdk.Client.Sessions.LoginAsync(Credentials("bob"));

        var profiles = await Task.WhenAll(
            Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? alice : bob).CustomerWeb.FindCustomerInfoAsync()));

        Assert.Equal(10, profiles.Count(p => p.CustomerNo == "alice"));
        Assert.Equal(10, profiles.Count(p => p.CustomerNo == "bob"));
    }

    [Fact]
    public async Task LoginExpired_WithCredentials_ConcurrentCallsLogInAgainOnce()
    {
        const int callers = 30;
        using var session = await _sdk.Client.Sessions.LoginAsync(Credentials("86000001"));
        var expiredAnswers = new Rendezvous(callers);
        _reloginsAsked = new Rendezvous(callers);
        _sdk.Stub.OnAsync(FindCustomerInfo, async (request, cancellationToken) =>
        {
            if (request.Header("token") == "86000001-token-1app")
            {
                // Every request with the expired token is held until all 30 are here: the callers overlap.
                await expiredAnswers.ArriveAndWaitAsync(cancellationToken);
                return StubHandler.Json(Envelope.Error("GATEWAY_CODE_005", msg: "login info expired"));
            }

            await Task.Yield();
            return StubHandler.Json(Envelope.Success("""{"customerNo":"86000001"}"""));
        });

        CustomerProfile[] profiles = [];
        var failure = await Record.ExceptionAsync(async () =>
            profiles = await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => session.CustomerWeb.FindCustomerInfoAsync())));

        Assert.Equal(callers, expiredAnswers.Arrived); // 30 requests with the expired token reached the stub together
        Assert.Equal(callers, _reloginsAsked.Arrived); // and each of the 30 callers asked for a new login
        Assert.Null(failure);
        Assert.Equal(2, _sdk.Stub.RequestsTo(Login).Count()); // the session's login, then exactly one re-login for all
        Assert.All(profiles, p => Assert.Equal("86000001", p.CustomerNo));
        Assert.Equal(callers, _sdk.Stub.RequestsTo(FindCustomerInfo).Count(r => r.Header("token") == "86000001-token-2app"));
    }

    [Fact]
    public async Task LoginExpired_WithoutCredentials_ThrowsAuthenticationException_WithoutLoggingIn()
    {
        using var session = _sdk.Client.Sessions.FromToken("86000001-token-1app");
        _expireFirstToken = true;

        var exception = await Assert.ThrowsAsync<CmfblAuthenticationException>(() => session.CustomerWeb.FindCustomerInfoAsync());

        Assert.Contains("no credentials", exception.Message, StringComparison.Ordinal);
        Assert.Empty(_sdk.Stub.RequestsTo(Login));
    }

    [Fact]
    public async Task LogoutAsync_EndsTheSession_AtTheServiceAndLocally()
    {
        using var session = await _sdk.Client.Sessions.LoginAsync(Credentials("86000001"));

        await session.LogoutAsync();

        var logout = Assert.Single(_sdk.Stub.RequestsTo("logout"));
        Assert.Equal("/api/logout", logout.Path);
        Assert.Equal("86000001-token-1app", logout.Header("token"));
        Assert.True(session.IsLoggedOut);
        await Assert.ThrowsAsync<CmfblInvalidRequestException>(() => session.CustomerWeb.FindCustomerInfoAsync());
        Assert.Empty(_sdk.Stub.RequestsTo(FindCustomerInfo));
    }

    [Fact]
    public void GuestServices_OfferNoOperationThatNeedsALogin()
    {
        // The compiler, not a run-time error, stops a guest call that needs a login: no interface the Client API's
        // services class (dependency injection) offers has an operation whose auth is Token.
        var offered = typeof(ClientApiServices).GetProperties().Select(static p => p.PropertyType).Where(static t => t.IsInterface).ToArray();
        var operations = ClientOperations.ClientTable();

        var needLogin = offered
            .SelectMany(static t => t.GetInterfaces().Append(t))
            .SelectMany(static t => t.GetMethods().Select(m => (Type: t, Method: m.Name)))
            .Where(m => operations.Find(m.Type, m.Method)?.Auth == OperationAuth.Token)
            .Select(static m => $"{m.Type.Name}.{m.Method}")
            .ToArray();

        Assert.NotEmpty(offered);
        Assert.Empty(needLogin);
        Assert.Contains(offered, static t => t == typeof(IGuestCustomerWebApiService));
    }

    [Fact]
    public async Task SessionService_GuestOperationInheritedFromTheGuestInterface_IsCalledWithTheToken()
    {
        using var session = _sdk.Client.Sessions.FromToken("86000001-token-1app");
        _sdk.Stub.OnData("customer.app.CustomerWebApiService.checkCustomerExist", "1");

        await session.CustomerWeb.CheckCustomerExistAsync(new() { LoginName = "a@example.com", Type = LoginNameType.Email });

        var request = Assert.Single(_sdk.Stub.RequestsTo("customer.app.CustomerWebApiService.checkCustomerExist"));
        Assert.Equal("86000001-token-1app", request.Header("token"));
    }

    [Fact]
    public async Task ToString_OfLoginRequestAndResult_ShowsNoSecret()
    {
        using var session = await _sdk.Client.Sessions.LoginAsync(Credentials("86000001"));
        var request = Credentials("86000001") with { VerifyCode = "123456", GoogleCode = "654321" };

        var text = request + " " + session.Login;

        Assert.DoesNotContain("dc483e80a7a0bd9ef71d8cf973673924", text, StringComparison.Ordinal);
        Assert.DoesNotContain("123456", text, StringComparison.Ordinal);
        Assert.DoesNotContain("654321", text, StringComparison.Ordinal);
        Assert.DoesNotContain("token-1app", text, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('a', 64), text, StringComparison.Ordinal);
    }

    private static LoginRequest Credentials(string customerNo) => new()
    {
        Type = LoginNameType.CustomerNo,
        LoginName = customerNo,
        Password = Md5Password.FromPlainText("a123456"),
    };
}
