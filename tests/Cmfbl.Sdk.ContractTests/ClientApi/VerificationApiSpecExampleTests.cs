using Cmfbl.Sdk.ClientApi.Models;
using Cmfbl.Sdk.ContractTests.Infrastructure;

namespace Cmfbl.Sdk.ContractTests.ClientApi;

/// <summary>
/// The examples of <c>client-api.openapi.en.yaml</c> for <c>message.app.VerificationApiService.verifyCodeSend</c>
/// (both versions) and <c>verifyCodeCheck</c>, replayed through the SDK's guest verification service.
/// </summary>
public sealed class VerificationApiSpecExampleTests(WireMockFixture server) : ContractTest(server)
{
    private const string VerifyCodeSend = "/api/global/message.app.VerificationApiService.verifyCodeSend";

    private static VerifyCodeSendRequest DocumentedSendRequest => new()
    {
        CompanyId = 39,
        BizType = VerificationCodeType.EmailPassword,
        ToUser = "4632144@qq.com",
        CustomerId = 88,
    };

    [Fact]
    public async Task VerifyCodeSend_SpecExample_ReadsTheSendToken()
    {
        var result = await Client().Verification.VerifyCodeSendAsync(DocumentedSendRequest);

        Assert.Equal("38caf08b-fafd-4cb5-b36c-ebdd1878b974", result.SendToken);
        var sent = Assert.Single(Server.Requests(VerifyCodeSend));
        Assert.Equal("0.0.1", sent.Headers["version"]);
        Assert.False(sent.Headers.ContainsKey("captcha"));
    }

    [Fact]
    public async Task VerifyCodeSendWithCaptcha_SpecExample_SendsVersion002AndTheCaptcha_AndReadsTheSendToken()
    {
        var result = await Client().Verification.VerifyCodeSendWithCaptchaAsync(DocumentedSendRequest, "contract-recaptcha-token");

        Assert.Equal("38caf08b-fafd-4cb5-b36c-ebdd1878b974", result.SendToken);
        var sent = Assert.Single(Server.Requests(VerifyCodeSend));
        Assert.Equal("0.0.2", sent.Headers["version"]);
        Assert.Equal("contract-recaptcha-token", sent.Headers["captcha"]);
    }

    [Fact]
    public async Task VerifyCodeCheck_SpecExample_ReadsTheVerifyCodeToken()
    {
        var result = await Client().Verification.VerifyCodeCheckAsync(new VerifyCodeCheckRequest
        {
            CompanyId = 12,
            BizType = new VerificationCodeType("sit sint ut sed occaecat"),
            ToUser = "in",
            SendToken = "fugiat ipsum occaecat",
            CustomerId = 49,
            Code = "53",
            VerifyCodeToken = "95",
        });

        Assert.Equal("647a8a53-b97c-4d4a-b936-ffdce2096ad6", result.VerifyCodeToken);
        Assert.Equal(1, Server.Count("/api/global/message.app.VerificationApiService.verifyCodeCheck"));
    }
}
