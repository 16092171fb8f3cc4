using Cmfbl.Sdk.ClientApi.Models;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Security;
using Cmfbl.Sdk.Tests.TestSupport;

namespace Cmfbl.Sdk.Tests.Http.Edges;

/// <summary>A login with a verification or Google code is never sent twice: the first attempt may have used the code up.</summary>
public sealed class SingleUseCredentialTests : IDisposable
{
    private const string Login = "customer.app.CustomerWebApiService.login";

    private readonly SdkHarness _sdk = new(options => options.ClientApi.Resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(1), withAuth: false);

    public SingleUseCredentialTests() =>
        _sdk.Stub.On(Login, _ => throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."));

    public void Dispose() => _sdk.Dispose();

    public static TheoryData<LoginRequest> SingleUse =>
    [
        new LoginRequest { Type = LoginNameType.Phone, LoginName = "13800138000", VerifyCode = "123456", SendToken = "send-1" },
        new LoginRequest { Type = LoginNameType.Phone, LoginName = "13800138000", Password = Md5Password.FromPlainText("p"), GoogleCode = "654321" },
    ];

    [Theory]
    [MemberData(nameof(SingleUse))]
    public async Task Login_WithASingleUseCode_IsSentOnce_AndItsOutcomeIsUnknown(LoginRequest request)
    {
        await Assert.ThrowsAsync<CmfblOutcomeUnknownException>(() => _sdk.Client.CustomerWeb.LoginAsync(request));

        Assert.Single(_sdk.Stub.RequestsTo(Login));
    }

    [Fact]
    public async Task Login_WithAPasswordOnly_IsRetried()
    {
        await Assert.ThrowsAsync<CmfblServiceUnavailableException>(() => _sdk.Client.CustomerWeb.LoginAsync(
            new LoginRequest { Type = LoginNameType.Phone, LoginName = "13800138000", Password = Md5Password.FromPlainText("p") }));

        Assert.Equal(4, _sdk.Stub.RequestsTo(Login).Count());
    }

    [Fact]
    public async Task Login_WithAnEmptyCode_CountsAsAPasswordLogin()
    {
        await Assert.ThrowsAsync<CmfblServiceUnavailableException>(() => _sdk.Client.CustomerWeb.LoginAsync(
            new LoginRequest { Type = LoginNameType.Phone, LoginName = "13800138000", Password = Md5Password.FromPlainText("p"), GoogleCode = "" }));

        Assert.Equal(4, _sdk.Stub.RequestsTo(Login).Count());
    }
}
