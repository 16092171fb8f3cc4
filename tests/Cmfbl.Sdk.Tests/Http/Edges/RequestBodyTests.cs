using Cmfbl.Sdk.ClientApi;
using Cmfbl.Sdk.ClientApi.Models;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Security;
using Cmfbl.Sdk.Tests.TestSupport;

namespace Cmfbl.Sdk.Tests.Http.Edges;

/// <summary>Required body fields are checked, and option-supplied ones filled, before anything is sent.</summary>
public sealed class RequestBodyTests : IDisposable
{
    private readonly SdkHarness _sdk = new();

    public void Dispose() => _sdk.Dispose();

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public async Task AddCustomer_WithoutAPhone_IsRefusedBeforeSending(string? phone)
    {
        var request = new AddCustomerRequest
        {
            Phone = phone!,
            Email = "a@b.c",
            Password = Md5Password.FromPlainText("a123456"),
            Country = "CN",
            RegisterSource = RegisterSource.System,
            CustomerGroupId = 1,
        };

        var error = await Assert.ThrowsAsync<CmfblInvalidRequestException>(() => _sdk.Manager.WhiteCustomers.AddCusAndOpenAccountAndKycAsync(request));

        Assert.Equal("phone", error.ParameterName);
        Assert.Empty(_sdk.Stub.Requests);
    }

    [Fact]
    public async Task VerifyCodeCheck_WithoutACompanyId_SendsTheConfiguredOne()
    {
        _sdk.Stub.OnData("message.app.VerificationApiService.verifyCodeCheck", """{"token":"t"}""");

        await _sdk.Get<IVerificationApiService>().VerifyCodeCheckAsync(new VerifyCodeCheckRequest { BizType = VerificationCodeType.EmailRegister, ToUser = "a@b.c", SendToken = "s", Code = "1" });

        Assert.Contains("\"companyId\":439", Assert.Single(_sdk.Stub.Requests).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyCodeSend_WithACompanyId_SendsTheCallersOne()
    {
        _sdk.Stub.OnData("message.app.VerificationApiService.verifyCodeSend", """{"token":"t"}""");

        await _sdk.Get<IVerificationApiService>().VerifyCodeSendAsync(new VerifyCodeSendRequest { BizType = VerificationCodeType.EmailRegister, ToUser = "a@b.c", CompanyId = 12 });

        Assert.Contains("\"companyId\":12", Assert.Single(_sdk.Stub.Requests).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoVersionsOfOneBizType_SendTheirOwnVersion_AndEachIsItsOwnOperation()
    {
        _sdk.Stub.OnData("message.app.VerificationApiService.verifyCodeSend", """{"token":"t"}""");
        var verification = _sdk.Get<IVerificationApiService>();
        var request = new VerifyCodeSendRequest { BizType = VerificationCodeType.EmailRegister, ToUser = "a@b.c" };

        await verification.VerifyCodeSendWithCaptchaAsync(request, "captcha-1");
        await verification.VerifyCodeSendAsync(request);

        var sent = _sdk.Stub.Requests;
        Assert.Equal(["0.0.2", "0.0.1"], sent.Select(r => r.Header("version")));
        Assert.Equal(["captcha-1", null], sent.Select(r => r.Header("captcha")));
    }
}
