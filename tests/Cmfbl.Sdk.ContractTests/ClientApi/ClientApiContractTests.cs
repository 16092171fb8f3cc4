using Cmfbl.Sdk.ClientApi.Models;
using Cmfbl.Sdk.ContractTests.Infrastructure;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Security;

namespace Cmfbl.Sdk.ContractTests.ClientApi;

/// <summary>The Client API examples: seed doc 003 (findCustomerInfo) and the spec's examples.</summary>
public sealed class ClientApiContractTests(WireMockFixture server) : ContractTest(server)
{
    [Fact]
    public async Task FindCustomerInfo_SeedDoc003_ReadsTheProfileAsTheSessionsCustomer()
    {
        using var session = Client().Sessions.FromToken(Constants.ClientToken);

        var profile = await session.CustomerWeb.FindCustomerInfoAsync();

        Assert.Equal("text", profile.CustomerNo);
        Assert.Equal(1, profile.Id);
        Assert.Equal(KycStatus.Unverified, profile.KycStatus);
        Assert.Empty(profile.AccountList);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1), profile.LoginTime);
        Assert.True(profile.ApiCheckSwitch);
    }

    [Fact]
    public async Task Login_WrongPassword_ThrowsAuthenticationException_WithCodeAndTrace()
    {
        var exception = await Assert.ThrowsAsync<CmfblAuthenticationException>(() => Client().Sessions.LoginAsync(new LoginRequest
        {
            Type = LoginNameType.Email,
            LoginName = "wrong-password",
            Password = Md5Password.FromPlainText("not-the-password"),
        }));

        Assert.Equal(CmfblErrorCodes.WrongPassword, exception.Code);
        Assert.Equal("US", exception.BizCode);
        Assert.Equal("t-contract-102", exception.Trace);
    }
}
