using Cmfbl.Sdk.Auth2;
using Cmfbl.Sdk.Auth2.Models;
using Cmfbl.Sdk.ClientApi;
using Cmfbl.Sdk.ClientApi.Models;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Cmfbl.Sdk.Testing.Tests;

public sealed class Auth2FlowTests : IAsyncLifetime
{
    private CmfblFakeServer _server = null!;
    private ServiceProvider _services = null!;
    private FakeCustomer _customer = null!;

    private IAuth2Service Auth2 => _services.GetRequiredService<Auth2Services>().Authorization;

    public async Task InitializeAsync()
    {
        _server = await CmfblFakeServer.StartAsync();
        _customer = _server.SeedCustomer(new FakeCustomerSeed { Email = "ann@example.com" });
        var services = new ServiceCollection();
        services.AddCmfblSdk(o =>
        {
            o.BaseAddress = _server.BaseAddress;
            o.CompanyId = _server.CompanyId;
            o.AllowInsecureLoopback = true;
        });
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task CodeTokenUserRefresh_ForALoggedInCustomer_NameThatCustomerAndRetireTheOldTokens()
    {
        var code = await Auth2.CreateCodeAsync(new Auth2CodeRequest { AppId = _server.AppId, ThirdAppType = "mall-x" }, await CustomerTokenAsync());
        var tokens = await Auth2.GetAccessTokenAsync(new Auth2TokenRequest { AppId = _server.AppId, AppSecret = _server.AppSecret, Code = code });
        var user = await Auth2.GetUserAsync(new Auth2UserRequest { AccessToken = tokens.AccessToken! });
        var renewed = await Auth2.RefreshTokenAsync(new Auth2RefreshRequest { RefreshToken = tokens.RefreshToken! }, tokens.AccessToken);

        Assert.Equal((_customer.CustomerNo, "ann@example.com", _customer.Accounts[0].AccountId), (user.CustomerNo, user.Email, user.AccountId!.Value));
        Assert.NotEqual(tokens.AccessToken, renewed.AccessToken);
        Assert.Equal(_customer.CustomerNo, (await Auth2.GetUserAsync(new Auth2UserRequest { AccessToken = renewed.AccessToken! })).CustomerNo);
        await Assert.ThrowsAsync<CmfblApiException>(() => Auth2.GetUserAsync(new Auth2UserRequest { AccessToken = tokens.AccessToken! }));
        var sent = _server.Journal.Where(static r => r.Path.StartsWith("/cats-gateway-auth2/auth2/", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["code", "token", "user", "refresh", "user", "user"], sent.Select(static r => r.Path[(r.Path.LastIndexOf('/') + 1)..]));
        Assert.All(sent, r => Assert.Equal(_server.CompanyId.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Headers["company"]));
        Assert.All(sent, static r => Assert.DoesNotContain("companyId", r.Headers.Keys));
    }

    [Fact]
    public async Task GetAccessToken_CodeUsedTwice_IsRefusedTheSecondTime()
    {
        var code = await Auth2.CreateCodeAsync(new Auth2CodeRequest { AppId = _server.AppId, ThirdAppType = "mall-x" }, await CustomerTokenAsync());
        var request = new Auth2TokenRequest { AppId = _server.AppId, AppSecret = _server.AppSecret, Code = code };
        await Auth2.GetAccessTokenAsync(request);

        var error = await Assert.ThrowsAsync<CmfblApiException>(() => Auth2.GetAccessTokenAsync(request));

        Assert.Equal("AUTH2_0001", error.Code);
        Assert.DoesNotContain(_server.AppSecret, request.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(code, request.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAccessToken_WrongAppSecret_IsRefusedAndTheCodeIsUsedUp()
    {
        var code = await Auth2.CreateCodeAsync(new Auth2CodeRequest { AppId = _server.AppId, ThirdAppType = "mall-x" }, await CustomerTokenAsync());

        await Assert.ThrowsAsync<CmfblApiException>(() => Auth2.GetAccessTokenAsync(new Auth2TokenRequest { AppId = _server.AppId, AppSecret = "wrong", Code = code }));

        Assert.Single(_server.Journal, static r => r.Path.EndsWith("/auth2/token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateCode_WithoutALoggedInCustomer_IsRefusedAsLoginExpired()
    {
        var error = await Assert.ThrowsAsync<CmfblAuthenticationException>(() => Auth2.CreateCodeAsync(new Auth2CodeRequest { AppId = _server.AppId, ThirdAppType = "mall-x" }, "not-a-token"));

        Assert.Equal("GATEWAY_CODE_005", error.Code);
    }

    private async Task<string> CustomerTokenAsync()
    {
        using var session = await _services.GetRequiredService<ICustomerSessions>().LoginAsync(new LoginRequest
        {
            Type = LoginNameType.CustomerNo,
            LoginName = _customer.CustomerNo,
            Password = Md5Password.FromPlainText("a123456"),
        });
        return session.Login!.Token;
    }
}
