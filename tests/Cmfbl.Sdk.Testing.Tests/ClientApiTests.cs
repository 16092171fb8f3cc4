using System.Text.Json;
using Cmfbl.Sdk.Testing.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests;

public sealed class ClientApiTests : IAsyncLifetime
{
    private const string FindCustomerInfo = "global/customer.app.CustomerWebApiService.findCustomerInfo";

    private static readonly string[] ProfileFields =
    [
        "id", "companyId", "customerGroupId", "customerNo", "kycAuditStatus", "kycAuditRemark", "kycStatus", "kycRemark",
        "accountList", "accountRemark", "loginPassStatus", "payPassStatus", "email", "phone", "phoneArea", "name", "country",
        "type", "deposit", "withdraw", "optional", "activateStatus", "activateTime", "companyKycStatus", "status",
        "thirdServerCode", "source", "thirdLoginSource", "thirdUserId", "idCard", "idCardType", "thirdIntactMsg", "firstName",
        "lastName", "isFund", "assertPassStatus", "googleId", "openAccountType", "loginTime", "createTime", "relationCustomerId",
        "companyType", "registerSource", "associationCompanyId", "registerTime", "utmSource", "forceLevel", "earlyWarningLevel",
        "withdrawLevel", "postalCode", "customerAgentMark", "apiCheckSwitch", "apiCheckRule",
    ];

    private CmfblFakeServer _server = null!;
    private ApiClient _api = null!;
    private string _customerNo = null!;

    public async Task InitializeAsync()
    {
        _server = await CmfblFakeServer.StartAsync();
        _api = new ApiClient(_server);
        var token = await _api.AuthAsync();
        _customerNo = await _api.RegisterAsync(token, "13912345678");
        (await _api.AddCustomerRawAsync(token, new { email = "ann@example.com", pwd = ApiClient.Md5OfA123456, country = "CN", registerSource = 3, customerGroupId = 1 })).Ok();
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Login_ByPhone_ReturnsProfileWithAppTokenRTokenAndAccounts()
    {
        var data = (await _api.LoginAsync(2, "13912345678")).Ok();

        var token = data.GetProperty("token").GetString()!;
        Assert.EndsWith("app", token, StringComparison.Ordinal);
        Assert.True(Guid.TryParse(token[..^"app".Length], out _));
        Assert.Matches("^[0-9a-f]{64}$", data.GetProperty("rToken").GetString());
        Assert.Equal(_customerNo, data.GetProperty("customerNo").GetString());
        Assert.Equal("139******5678", data.GetProperty("phone").GetString());
        var account = Assert.Single(data.GetProperty("accountList").EnumerateArray().ToArray());
        Assert.Equal("USDT", account.GetProperty("currency").GetString());
        Assert.Equal("0", account.GetProperty("balance").GetString());
        Assert.NotNull(_server.FindCustomer(_customerNo)!.LoginTime);
    }

    [Fact]
    public async Task Login_ByCustomerNumberAndByEmail_Work()
    {
        var byNumber = (await _api.LoginAsync(3, _customerNo, phoneArea: null)).Ok();
        var byEmail = (await _api.LoginAsync(1, "ann@example.com", phoneArea: null)).Ok();

        Assert.Equal(_customerNo, byNumber.GetProperty("customerNo").GetString());
        Assert.Equal("an**@example.com", byEmail.GetProperty("email").GetString());
    }

    [Theory]
    [InlineData(2, "13912345678", "00000000000000000000000000000000")]
    [InlineData(2, "13900000000", ApiClient.Md5OfA123456)]
    [InlineData(3, "86999999", ApiClient.Md5OfA123456)]
    [InlineData(2, "13912345678", "DC483E80A7A0BD9EF71D8CF973673924")]
    public async Task Login_WrongPasswordOrUnknownLogin_ReturnsCustomerApi0000102(int type, string loginName, string loginPwd)
    {
        var response = await _api.LoginAsync(type, loginName, loginPwd);

        response.AssertError("CUSTOMER_API_0000102", "US");
    }

    [Fact]
    public async Task Login_ByPhoneWithoutPhoneArea_ReturnsCustomerApi0000501()
    {
        var response = await _api.LoginAsync(2, "13912345678", phoneArea: null);

        response.AssertError("CUSTOMER_API_0000501", "US");
    }

    [Fact]
    public async Task FindCustomerInfo_WithTheLoginToken_ReturnsTheDocumentedProfile()
    {
        var token = (await _api.LoginAsync(2, "13912345678")).Ok().GetProperty("token").GetString();

        var profile = (await _api.ClientAsync(FindCustomerInfo, new { }, token)).Ok();

        foreach (var field in ProfileFields)
        {
            Assert.True(profile.TryGetProperty(field, out _), $"findCustomerInfo lacks '{field}'");
        }

        Assert.Equal(_customerNo, profile.GetProperty("customerNo").GetString());
        Assert.Equal(JsonValueKind.Array, profile.GetProperty("accountList").ValueKind);
        Assert.Equal(1, profile.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task FindCustomerInfo_WithoutToken_ReturnsGateway001_AndWithAManagerToken_ReturnsGateway005()
    {
        var managerToken = await _api.AuthAsync();

        var none = await _api.ClientAsync(FindCustomerInfo, new { }, token: null);
        var manager = await _api.ClientAsync(FindCustomerInfo, new { }, managerToken);

        none.AssertError("GATEWAY_CODE_001", "G");
        manager.AssertError("GATEWAY_CODE_005", "G");
    }

    [Fact]
    public async Task Logout_RevokesTheToken()
    {
        var token = (await _api.LoginAsync(2, "13912345678")).Ok().GetProperty("token").GetString();

        var logout = await _api.ClientAsync("logout", new { }, token);
        var after = await _api.ClientAsync(FindCustomerInfo, new { }, token);

        Assert.Equal(JsonValueKind.Null, logout.Ok().ValueKind);
        after.AssertError("GATEWAY_CODE_005", "G");
    }

    [Fact]
    public async Task Logout_WithoutToken_ReturnsGateway001()
    {
        var response = await _api.ClientAsync("logout", new { }, token: null);

        response.AssertError("GATEWAY_CODE_001", "G");
    }
}
