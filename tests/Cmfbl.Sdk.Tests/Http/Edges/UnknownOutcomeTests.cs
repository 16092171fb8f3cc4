using System.Net;
using System.Text;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Security;
using Cmfbl.Sdk.Tests.TestSupport;

namespace Cmfbl.Sdk.Tests.Http.Edges;

/// <summary>
/// A write whose outcome is unknown is never reported as safe to retry: only answers that prove the call did not run
/// give <see cref="CmfblServiceUnavailableException"/>; the rest give <see cref="CmfblOutcomeUnknownException"/>, sent once.
/// </summary>
public sealed class UnknownOutcomeTests : IDisposable
{
    private const string AddCustomer = "customer.admin.WhiteCustomerAdminApiService.addCusAndOpenAccountAndKyc";
    private const string Page = "customer.admin.WhiteCustomerAdminApiService.page";

    private readonly SdkHarness _sdk = new(options => options.ManagerApi.Resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(1));

    public void Dispose() => _sdk.Dispose();

    public static TheoryData<string> MayHaveRunCodes => ["GATEWAY_CODE_902", "G500", "GATEWAY_CODE_011", "GATEWAY_CODE_013", "GATEWAY_CODE_102", "E00003", "CFDWBW500", "500", "FS500", "FS20001"];

    [Theory]
    [MemberData(nameof(MayHaveRunCodes))]
    public async Task UnsafeWrite_CodeThatMayComeAfterTheBackendRan_IsOutcomeUnknown_SentOnce(string code)
    {
        _sdk.Stub.OnJson(AddCustomer, Envelope.Error(code, msg: "downstream trouble"));

        var exception = await Assert.ThrowsAsync<CmfblOutcomeUnknownException>(() => _sdk.Manager.WhiteCustomers.AddCusAndOpenAccountAndKycAsync(NewCustomer()));

        Assert.Equal(code, exception.Code);
        Assert.Contains("checkCustomerExist", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("can be tried again", exception.Message, StringComparison.Ordinal);
        Assert.Single(_sdk.Stub.RequestsTo(AddCustomer));
    }

    [Theory]
    [MemberData(nameof(MayHaveRunCodes))]
    public async Task Read_SameCodes_AreUnavailable_AndRetried(string code)
    {
        _sdk.Stub.OnJson(Page, Envelope.Error(code));

        var exception = await Assert.ThrowsAsync<CmfblServiceUnavailableException>(() => _sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));

        Assert.Equal(code, exception.Code);
        Assert.Equal(4, _sdk.Stub.RequestsTo(Page).Count()); // 1 + 3 retries
    }

    [Theory]
    [InlineData("GATEWAY_CODE_012")] // no downstream to forward to
    [InlineData("GATEWAY_CODE_014")] // the request expired before it was forwarded
    public async Task UnsafeWrite_CodeThatProvesNothingRan_IsServiceUnavailable(string code)
    {
        _sdk.Stub.OnJson(AddCustomer, Envelope.Error(code));

        var exception = await Assert.ThrowsAsync<CmfblServiceUnavailableException>(() => _sdk.Manager.WhiteCustomers.AddCusAndOpenAccountAndKycAsync(NewCustomer()));

        Assert.Equal(code, exception.Code);
        Assert.Contains("did not run", exception.Message, StringComparison.Ordinal);
        Assert.Single(_sdk.Stub.RequestsTo(AddCustomer));
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task UnsafeWrite_5xxThatMayComeAfterForwarding_IsOutcomeUnknown(HttpStatusCode status)
    {
        _sdk.Stub.On(AddCustomer, _ => new HttpResponseMessage(status) { Content = new StringContent("<html>oops</html>") });

        var exception = await Assert.ThrowsAsync<CmfblOutcomeUnknownException>(() => _sdk.Manager.WhiteCustomers.AddCusAndOpenAccountAndKycAsync(NewCustomer()));

        Assert.Equal($"HTTP_{(int)status}", exception.Code);
        Assert.Equal(status, exception.HttpStatus);
        Assert.Single(_sdk.Stub.RequestsTo(AddCustomer));
    }

    [Fact]
    public async Task UnsafeWrite_503_IsServiceUnavailable_BecauseTheGatewayDidNotForwardIt()
    {
        _sdk.Stub.On(AddCustomer, _ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));

        await Assert.ThrowsAsync<CmfblServiceUnavailableException>(() => _sdk.Manager.WhiteCustomers.AddCusAndOpenAccountAndKycAsync(NewCustomer()));

        Assert.Single(_sdk.Stub.RequestsTo(AddCustomer));
    }

    [Theory]
    [InlineData("")] // empty
    [InlineData("""{"code":"0","data":"8602""")] // cut short
    [InlineData("""{"result":"ok"}""")] // not an envelope
    [InlineData("<html><body>Bad gateway</body></html>")]
    public async Task UnsafeWrite_Http200ThatCannotBeRead_IsOutcomeUnknown(string body)
    {
        _sdk.Stub.On(AddCustomer, _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });

        var exception = await Assert.ThrowsAsync<CmfblOutcomeUnknownException>(() => _sdk.Manager.WhiteCustomers.AddCusAndOpenAccountAndKycAsync(NewCustomer()));

        Assert.Contains("could not be read", exception.Message, StringComparison.Ordinal);
        Assert.Single(_sdk.Stub.RequestsTo(AddCustomer));
    }

    [Theory]
    [InlineData("")]
    [InlineData("""{"result":"ok"}""")]
    public async Task Read_Http200ThatCannotBeRead_IsAProtocolError(string body)
    {
        _sdk.Stub.On(Page, _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });

        await Assert.ThrowsAsync<CmfblProtocolException>(() => _sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));
    }

    [Fact]
    public async Task UnsafeWrite_TransportFailureAfterSending_IsOutcomeUnknown_SentOnce()
    {
        _sdk.Stub.On(AddCustomer, _ => throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."));

        var exception = await Assert.ThrowsAsync<CmfblOutcomeUnknownException>(() => _sdk.Manager.WhiteCustomers.AddCusAndOpenAccountAndKycAsync(NewCustomer()));

        Assert.Null(exception.Code);
        Assert.IsType<HttpRequestException>(exception.InnerException);
        Assert.Single(_sdk.Stub.RequestsTo(AddCustomer));
    }

    [Fact]
    public async Task UnsafeWrite_Http429_IsRateLimited_BecauseNothingRan()
    {
        _sdk.Stub.On(AddCustomer, _ => new HttpResponseMessage((HttpStatusCode)429));

        var exception = await Assert.ThrowsAsync<CmfblRateLimitException>(() => _sdk.Manager.WhiteCustomers.AddCusAndOpenAccountAndKycAsync(NewCustomer()));

        Assert.Contains("was not run", exception.Message, StringComparison.Ordinal);
        Assert.Single(_sdk.Stub.RequestsTo(AddCustomer));
    }

    private static AddCustomerRequest NewCustomer() => new()
    {
        Phone = "13800138000",
        Password = Md5Password.FromPlainText("a123456"),
        Country = "CN",
        RegisterSource = RegisterSource.System,
        CustomerGroupId = 1,
    };
}
