using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Security;
using Cmfbl.Sdk.Tests.TestSupport;

namespace Cmfbl.Sdk.Tests.Http.Edges;

/// <summary>
/// An envelope with <c>code</c> or <c>data</c> twice contradicts itself (JSON leaves duplicate names undefined): every
/// answer shape reads it the same way, as an answer that could not be read, never as whichever copy a reader met
/// first. For a write that means an unknown outcome, sent once.
/// </summary>
public sealed class DuplicateEnvelopeKeyTests : IDisposable
{
    private const string Page = "customer.admin.WhiteCustomerAdminApiService.page";
    private const string LockQuery = "fund.admin.CustomerActivityBonusAdminDubboService.queryOneLockTradeAccount";
    private const string AddCustomer = "customer.admin.WhiteCustomerAdminApiService.addCusAndOpenAccountAndKyc";

    private readonly SdkHarness _sdk = new(options => options.ManagerApi.Resilience.MaxRetryAttempts = 0);

    public void Dispose() => _sdk.Dispose();

    public static TheoryData<string> PageAnswers => new(
        """{"code":"0","data":{"total":1,"records":[{"id":1}]},"code":"E00003"}""",
        """{"code":"E00003","code":"0","data":{"total":1,"records":[{"id":1}]}}""",
        """{"code":"0","data":{"total":1,"records":[{"id":1}]},"data":null}""");

    [Theory]
    [MemberData(nameof(PageAnswers))]
    public async Task PageAsync_CodeOrDataTwice_ProtocolError(string answer)
    {
        _sdk.Stub.OnJson(Page, answer);

        var error = await Assert.ThrowsAsync<CmfblProtocolException>(() => _sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));

        Assert.Contains("could not be read", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"code":"E00003","code":"0","data":true}""")]
    [InlineData("""{"code":"0","data":true,"code":"E00003"}""")]
    [InlineData("""{"code":"0","data":false,"data":true}""")]
    public async Task QueryOneLockTradeAccountAsync_CodeOrDataTwice_ProtocolError(string answer)
    {
        _sdk.Stub.OnJson(LockQuery, answer);

        await Assert.ThrowsAsync<CmfblProtocolException>(() => _sdk.Manager.Bonuses.QueryOneLockTradeAccountAsync(
            new QueryOneLockTradeAccountRequest { CustomerNo = "86000001", TradeType = TradeType.Spot, CompanyId = "439", Type = 1 }));
    }

    [Fact]
    public async Task AddCusAndOpenAccountAndKycAsync_CodeTwice_OutcomeUnknownSentOnce()
    {
        _sdk.Stub.OnJson(AddCustomer, """{"code":"E00003","data":"86021976","code":"0"}""");

        await Assert.ThrowsAsync<CmfblOutcomeUnknownException>(() => _sdk.Manager.WhiteCustomers.AddCusAndOpenAccountAndKycAsync(new AddCustomerRequest
        {
            Phone = "13800138000",
            Password = Md5Password.FromPlainText("a123456"),
            Country = "CN",
            RegisterSource = RegisterSource.System,
            CustomerGroupId = 1,
        }));

        Assert.Single(_sdk.Stub.RequestsTo(AddCustomer));
    }
}
