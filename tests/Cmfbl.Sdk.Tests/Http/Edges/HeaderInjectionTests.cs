using Cmfbl.Sdk.ClientApi.Models;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Security;
using Cmfbl.Sdk.Tests.TestSupport;

namespace Cmfbl.Sdk.Tests.Http.Edges;

/// <summary>No value the SDK puts in a header can add a header of its own: line breaks and other control characters are refused before sending.</summary>
public sealed class HeaderInjectionTests : IDisposable
{
    private const string Page = "customer.admin.WhiteCustomerAdminApiService.page";
    private const string Injected = "tok\r\nX-Injected: yes";

    private readonly SdkHarness _sdk = new(withAuth: false);

    public void Dispose() => _sdk.Dispose();

    [Theory]
    [InlineData("tok\r\nX-Injected: yes")]
    [InlineData("tok\nX-Injected: yes")]
    [InlineData("tok\0")]
    [InlineData("tök")]
    public void FromToken_ValueThatCannotBeAHeader_IsRefused(string token)
    {
        var error = Assert.Throws<ArgumentException>(() => _sdk.Client.Sessions.FromToken(token));

        Assert.Equal("token", error.ParamName);
        Assert.DoesNotContain(token, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManagerAuth_TokenWithALineBreak_IsAProtocolError_AndNothingIsSentWithIt()
    {
        _sdk.Stub.OnData(SdkHarness.AuthBizType, """{"token":"tok\r\nX-Injected: yes"}""");

        await Assert.ThrowsAsync<CmfblProtocolException>(() => _sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));

        Assert.Empty(_sdk.Stub.RequestsTo(Page));
    }

    [Fact]
    public async Task ClientLogin_TokenWithALineBreak_IsAProtocolError()
    {
        _sdk.Stub.OnData("customer.app.CustomerWebApiService.login", """{"token":"tok\r\nX-Injected: yes","customerNo":"1"}""");

        var error = await Assert.ThrowsAsync<CmfblProtocolException>(() => _sdk.Client.Sessions.LoginAsync(new LoginRequest { Type = LoginNameType.Phone, LoginName = "1", Password = Md5Password.FromPlainText("p") }));

        Assert.DoesNotContain("X-Injected", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Captcha_WithALineBreak_IsRefusedBeforeAnythingIsSent()
    {
        var error = await Record.ExceptionAsync(() => _sdk.Client.CustomerWeb.LoginAsync(new LoginRequest { Type = LoginNameType.Phone, LoginName = "1", Password = Md5Password.FromPlainText("p") }, captcha: Injected));

        AssertRefusedOrHarmless(error, "captcha");
    }

    [Fact]
    public async Task ClientIp_WithALineBreak_IsRefusedBeforeAnythingIsSent()
    {
        var request = new RegisterRequest
        {
            Type = LoginNameType.Email,
            LoginName = "a@b.c",
            Country = "CN",
            VerifyCode = "1",
            SendToken = "s",
            RegisterSource = RegisterSource.PcWeb,
        };

        var error = await Record.ExceptionAsync(() => _sdk.Client.CustomerWeb.RegisterAsync(request, clientIp: "203.0.113.7\r\nX-Injected: yes"));

        AssertRefusedOrHarmless(error, "X-Forwarded-For");
    }

    private void AssertRefusedOrHarmless(Exception? error, string header)
    {
        var refused = Assert.IsType<CmfblInvalidRequestException>(error);
        Assert.Equal(header, refused.ParameterName);
        Assert.Empty(_sdk.Stub.Requests);
    }
}
