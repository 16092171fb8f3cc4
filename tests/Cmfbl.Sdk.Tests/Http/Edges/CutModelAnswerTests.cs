using System.Text;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Tests.TestSupport;

namespace Cmfbl.Sdk.Tests.Http.Edges;

/// <summary>
/// An answer cut short after <c>"code":"0"</c>, inside the model it carries: the service said it ran the call, so for a
/// write the outcome is unknown (never "a proxy answered instead"), and the write is not sent again.
/// </summary>
public sealed class CutModelAnswerTests : IDisposable
{
    private const string OperationBonus = "fund.admin.CustomerActivityBonusAdminDubboService.operationBonus";
    private const string Detail = "customer.admin.WhiteCustomerAdminApiService.detail";

    private readonly SdkHarness _sdk = new(options => options.ManagerApi.Resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(1));

    public void Dispose() => _sdk.Dispose();

    public static TheoryData<string> CutAnswers => new(
        """{"code":"0","data":{"result":tr""",
        """{"code":"0","data":{"result":true,"actionAmount":"10.5"}""",
        """{"code":"0","data":{"result":true,"actionAmount":"10.5"},"msg":"Succ""");

    [Theory]
    [MemberData(nameof(CutAnswers))]
    public async Task OperationBonusAsync_AnswerCutAfterSuccessCode_OutcomeUnknownSentOnce(string cut)
    {
        _sdk.Stub.On(OperationBonus, _ => new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(cut)) });

        var exception = await Assert.ThrowsAsync<CmfblOutcomeUnknownException>(() => _sdk.Manager.Bonuses.OperationBonusAsync(NewBonus()));

        Assert.Contains("may or may not have done it", exception.Message, StringComparison.Ordinal);
        Assert.Single(_sdk.Stub.RequestsTo(OperationBonus));
    }

    [Fact]
    public async Task DetailAsync_AnswerCutInsideData_ProtocolError()
    {
        _sdk.Stub.On(Detail, _ => new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new ByteArrayContent("""{"code":"0","data":{"id":12"""u8.ToArray()) });

        var exception = await Assert.ThrowsAsync<CmfblProtocolException>(() => _sdk.Manager.WhiteCustomers.DetailAsync(new CustomerDetailRequest { Id = "12", CustomerNo = "86000001", Type = CustomerDetailType.BaseInfo }));

        Assert.Contains("could not be read", exception.Message, StringComparison.Ordinal);
    }

    /// <summary>A bonus for customer 86000001 (the fuzzer's write that answers a model, too).</summary>
    internal static OperationBonusRequest NewBonus() => new()
    {
        CustomerNo = "86000001",
        TradeType = TradeType.Spot,
        CompanyId = "439",
        ActivityId = "1",
        CurrencyBonus = "USDT",
        Bonus = 10.5m,
        ActivityCustomerNo = "86000001",
        Type = 1,
    };
}
