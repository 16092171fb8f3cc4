using Cmfbl.Sdk.ContractTests.Infrastructure;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Security;

namespace Cmfbl.Sdk.ContractTests.Errors;

/// <summary>The documented error envelopes, each asserting the exception type and its Code, BizCode and Trace.</summary>
public sealed class ErrorEnvelopeContractTests(WireMockFixture server) : ContractTest(server)
{
    private const string Page = "/openapi-b/customer.admin.WhiteCustomerAdminApiService.page";
    private const string Auth = "/openapi-b/auth/admin.admin.CompanyAuthDubboService.auth";

    [Fact]
    public async Task LoginExpired_RenewsTheTokenOnce_AndTheReplaySucceeds()
    {
        var page = await Manager().WhiteCustomers.PageAsync(new CustomerPageRequest { CustomerNo = "login-expired" });

        Assert.Equal("login-expired", Assert.Single(page.Records).CustomerNo);
        Assert.Equal(2, Server.Count(Auth));
        var sent = Server.Requests(Page);
        Assert.Equal([Constants.FirstToken, Constants.SecondToken], sent.Select(r => r.Headers["token"]));
        Assert.Single(sent.Select(r => r.Headers["trace"]).Distinct());
    }

    [Fact]
    public async Task TooFast_ThrowsRateLimitException()
    {
        var exception = await Assert.ThrowsAsync<CmfblRateLimitException>(() => NoRetries().WhiteCustomers.PageAsync(new CustomerPageRequest { CustomerNo = "too-fast" }));

        Assert.Equal(CmfblErrorCodes.TooFast, exception.Code);
        Assert.Equal("G", exception.BizCode);
        Assert.Equal("t-contract-018", exception.Trace);
    }

    [Fact]
    public async Task PhoneExists_ThrowsApiException_WithTheVendorMessage()
    {
        var exception = await Assert.ThrowsAsync<CmfblApiException>(() => Manager().WhiteCustomers.AddCusAndOpenAccountAndKycAsync(new AddCustomerRequest
        {
            Phone = "13900000106",
            Password = Md5Password.FromPlainText("a123456"),
            Country = Constants.Country,
            RegisterSource = RegisterSource.H5,
            CustomerGroupId = 1,
        }));

        Assert.Equal(CmfblErrorCodes.PhoneExists, exception.Code);
        Assert.Equal("US", exception.BizCode);
        Assert.Equal("The phone number already exists", exception.Msg);
        Assert.Equal("t-contract-106", exception.Trace);
        Assert.Equal("customer.admin.WhiteCustomerAdminApiService.addCusAndOpenAccountAndKyc", exception.BizType);
    }

    [Fact]
    public async Task SystemError_WithTheBizTypeInData_IsUnavailableForARead()
    {
        // A system error may come after the backend ran the call: a read can be tried again (a write's outcome is unknown).
        var exception = await Assert.ThrowsAsync<CmfblServiceUnavailableException>(() => NoRetries().WhiteCustomers.PageAsync(new CustomerPageRequest { CustomerNo = "system-error" }));

        Assert.Equal(CmfblErrorCodes.TradeSystemError, exception.Code);
        Assert.Contains("(module O): System error.", exception.Message, StringComparison.Ordinal);
        Assert.Equal("x-n9et4-contract-e00003", exception.Trace);
        Assert.Equal(1, Server.Count(Page));
    }

    private Cmfbl.Sdk.ManagerApi.ManagerApiServices NoRetries() => Manager(o => o.ManagerApi.Resilience.MaxRetryAttempts = 0);
}
