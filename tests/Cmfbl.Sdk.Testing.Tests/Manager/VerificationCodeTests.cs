using Cmfbl.Sdk.ClientApi;
using Cmfbl.Sdk.ClientApi.Models;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Testing.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests.Manager;

public sealed class VerificationCodeTests : ManagerSdkTest
{
    [Fact]
    public async Task QueryCodeSendStatus_CodeTheClientApiSent_IsPendingUseUntilItExpires()
    {
        var sent = await Get<IVerificationApiService>().VerifyCodeSendAsync(new VerifyCodeSendRequest { BizType = VerificationCodeType.EmailRegister, ToUser = "new.customer@example.com" });
        var code = Assert.Single(Server.VerificationCodes);
        var query = new QueryCodeSendStatusRequest { BizType = code.BizType, ToUser = code.ToUser, Code = code.Code, SendToken = sent.SendToken! };

        var fresh = await Manager.Verification.QueryCodeSendStatusAsync(query);
        Clock.Advance(TimeSpan.FromMinutes(5));
        var stale = await Manager.Verification.QueryCodeSendStatusAsync(query);

        Assert.Equal(("EMAIL_REGISTER_VERIFICATION_CODE", "new.customer@example.com", sent.SendToken), (code.BizType, code.ToUser, code.SendToken));
        Assert.Matches("^[0-9]{6}$", code.Code);
        Assert.Equal(("1", code.Code, code.SendToken, "new.customer@example.com"), (fresh.Status, fresh.Code, fresh.SendToken, fresh.ToUser));
        Assert.Equal("3", stale.Status);
        Assert.DoesNotContain(Server.Journal, r => r.BizType == "message.admin.VerificationAdminService.queryCodeSendStatus" && r.Headers.ContainsKey("token"));
    }

    [Fact]
    public async Task QueryCodeSendStatus_WrongCode_IsNotFound()
    {
        var sent = await Get<IVerificationApiService>().VerifyCodeSendAsync(new VerifyCodeSendRequest { BizType = VerificationCodeType.SmsLogin, ToUser = "+86 13800138000" });
        var code = Server.VerificationCodes.Single();
        var wrong = code.Code == "000000" ? "000001" : "000000";

        var error = await Assert.ThrowsAsync<CmfblApiException>(() => Manager.Verification.QueryCodeSendStatusAsync(
            new QueryCodeSendStatusRequest { BizType = code.BizType, ToUser = code.ToUser, Code = wrong, SendToken = sent.SendToken! }));

        Assert.Equal("CUSTOMER_API_0000003", error.Code);
    }

    [Fact]
    public async Task VerifyCodeSend_LoggedInKind_GoesToTheNumberOnFile()
    {
        var customer = SeedTrader();

        await Get<IVerificationApiService>().VerifyCodeSendAsync(new VerifyCodeSendRequest { BizType = VerificationCodeType.SmsLoggedIn, CustomerNo = customer.CustomerNo });

        var code = Assert.Single(Server.VerificationCodes);
        Assert.Equal(("+86 " + customer.Phone, customer.CustomerNo), (code.ToUser, code.CustomerNo));
    }

    [Fact]
    public async Task VerifyCodeSend_CaptchaVersionWithoutCaptcha_IsRefusedWithF999999()
    {
        await using var api = new ApiClient(Server);
        var headers = api.Headers();
        headers["version"] = "0.0.2";

        var response = await api.PostAsync("api/global/message.app.VerificationApiService.verifyCodeSend", new { bizType = "EMAIL_LOGIN_VERIFICATION_CODE", toUser = "a@example.com", companyId = Server.CompanyId }, headers);

        response.AssertError("F999999", "G");
        Assert.Empty(Server.VerificationCodes);
    }

    [Fact]
    public async Task FakeVerificationCode_ToString_LeavesTheSecretsOut()
    {
        await Get<IVerificationApiService>().VerifyCodeSendAsync(new VerifyCodeSendRequest { BizType = VerificationCodeType.EmailLogin, ToUser = "a@example.com" });
        var code = Server.VerificationCodes.Single();

        var text = code.ToString();

        Assert.Contains("a@example.com", text, StringComparison.Ordinal);
        Assert.DoesNotContain(code.Code, text, StringComparison.Ordinal);
        Assert.DoesNotContain(code.SendToken, text, StringComparison.Ordinal);
    }
}
