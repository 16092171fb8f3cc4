using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Tests.TestSupport;

namespace Cmfbl.Sdk.Tests.Http.Edges;

/// <summary>
/// A number or boolean <c>data</c> (a scalar answer) is read straight from the answer's bytes into the method's return
/// type; a string keeps its tolerant reading (the unquoted text of a number still parses), and a value of the wrong
/// kind is a protocol error naming the operation, as for any model.
/// </summary>
public sealed class ScalarAnswerTests : IDisposable
{
    private const string Exists = "customer.app.CustomerWebApiService.checkCustomerExist";
    private const string LockQuery = "fund.admin.CustomerActivityBonusAdminDubboService.queryOneLockTradeAccount";

    private readonly SdkHarness _sdk = new(options => options.ManagerApi.Resilience.MaxRetryAttempts = 0);

    public void Dispose() => _sdk.Dispose();

    [Theory]
    [InlineData("1", CustomerExistence.Exists)]
    [InlineData("2", CustomerExistence.DoesNotExist)]
    [InlineData("\"1\"", CustomerExistence.Exists)]
    [InlineData("\"2\"", CustomerExistence.DoesNotExist)]
    public async Task EnumAnswer_NumberOrQuotedNumber_IsRead(string data, CustomerExistence expected)
    {
        _sdk.Stub.OnData(Exists, data);

        Assert.Equal(expected, await CheckAsync());
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("\"true\"", true)]
    public async Task BooleanAnswer_BooleanOrItsNumberOrText_IsRead(string data, bool expected)
    {
        _sdk.Stub.OnData(LockQuery, data);

        Assert.Equal(expected, await QueryLockAsync());
    }

    [Theory]
    [InlineData("0.5")]
    [InlineData("[true]")]
    public async Task BooleanAnswer_NotABoolean_IsAProtocolErrorNamingTheOperation(string data)
    {
        _sdk.Stub.OnData(LockQuery, data);

        var error = await Assert.ThrowsAsync<CmfblProtocolException>(QueryLockAsync);

        Assert.Equal(LockQuery, error.BizType);
        Assert.False(string.IsNullOrEmpty(error.Trace));
        Assert.Contains("did not have the documented shape", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.InnerException);
    }

    [Fact]
    public async Task BooleanAnswer_EmptyString_IsNoDataNeverFalse()
    {
        // "" is the vendor's way of sending nothing, as null is: never read as a value the answer did not give.
        _sdk.Stub.OnData(LockQuery, "\"\"");

        var error = await Assert.ThrowsAsync<CmfblProtocolException>(QueryLockAsync);

        Assert.Contains("carried no data", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnumAnswer_Object_IsAProtocolErrorNamingTheOperation()
    {
        _sdk.Stub.OnData(Exists, """{"exists":1}""");

        var error = await Assert.ThrowsAsync<CmfblProtocolException>(CheckAsync);

        Assert.Equal(Exists, error.BizType);
        Assert.Contains("did not have the documented shape", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScalarAnswer_SameCallTwice_ReadsEachAnswer()
    {
        _sdk.Stub.OnData(Exists, "1");
        Assert.Equal(CustomerExistence.Exists, await CheckAsync());

        _sdk.Stub.OnData(Exists, "2");
        Assert.Equal(CustomerExistence.DoesNotExist, await CheckAsync());
    }

    private Task<CustomerExistence> CheckAsync() =>
        _sdk.Manager.CustomerWeb.CheckCustomerExistAsync(new CheckCustomerExistRequest { Type = LoginNameType.Email, LoginName = "a@b.c" });

    private Task<bool> QueryLockAsync() =>
        _sdk.Manager.Bonuses.QueryOneLockTradeAccountAsync(new QueryOneLockTradeAccountRequest { CustomerNo = "86000001", TradeType = TradeType.ContractCross, CompanyId = "439", Type = 3 });
}
