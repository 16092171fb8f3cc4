using System.Text;
using Cmfbl.Sdk.ClientApi.Models;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.ManagerApi;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Security;
using Cmfbl.Sdk.Tests.TestSupport;

namespace Cmfbl.Sdk.Tests.Http.Edges;

/// <summary>
/// No method returns null through a non-nullable return type: a success with no data is an empty list or page where
/// one is expected, <see langword="null"/> where the method says so, and a protocol error naming the operation otherwise.
/// </summary>
public sealed class NullDataTests : IDisposable
{
    private const string Page = "customer.admin.WhiteCustomerAdminApiService.page";
    private const string Detail = "customer.admin.WhiteCustomerAdminApiService.detail";
    private const string Groups = "customer.admin.CustomerGroupAdminApiService.groupList";
    private const string AddCustomer = "customer.admin.WhiteCustomerAdminApiService.addCusAndOpenAccountAndKyc";
    private const string Exists = "customer.app.CustomerWebApiService.checkCustomerExist";

    private readonly SdkHarness _sdk = new(options => options.ManagerApi.Resilience.MaxRetryAttempts = 0);

    public void Dispose() => _sdk.Dispose();

    public static TheoryData<string> NoData => [Envelope.Success("null"), """{"code":"0","msg":"Success"}"""];

    [Theory]
    [MemberData(nameof(NoData))]
    public async Task Page_NoData_IsAnEmptyPage_AndTheWalkerStops(string answer)
    {
        _sdk.Stub.OnJson(Page, answer);

        var page = await _sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest());
        var all = await _sdk.Manager.WhiteCustomers.GetAllCustomersAsync(new CustomerPageRequest()).ToListAsync();

        Assert.Empty(page.Records);
        Assert.Empty(all);
        Assert.Equal(2, _sdk.Stub.RequestsTo(Page).Count());
    }

    [Theory]
    [MemberData(nameof(NoData))]
    public async Task List_NoData_IsEmpty(string answer)
    {
        _sdk.Stub.OnJson(Groups, answer);

        Assert.Empty(await _sdk.Manager.CustomerGroups.GroupListAsync(new CustomerGroupListRequest()));
    }

    [Fact]
    public async Task List_EmptyObject_IsEmpty()
    {
        _sdk.Stub.OnData(Groups, "{}");

        Assert.Empty(await _sdk.Manager.CustomerGroups.GroupListAsync(new CustomerGroupListRequest()));
    }

    [Fact]
    public async Task Page_RecordsAsEmptyObject_IsAnEmptyPage()
    {
        _sdk.Stub.OnData(Page, """{"current":1,"size":20,"total":0,"records":{}}""");

        Assert.Empty((await _sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest())).Records);
    }

    [Theory]
    [MemberData(nameof(NoData))]
    public async Task Model_NoData_IsAProtocolErrorNamingTheOperation(string answer)
    {
        _sdk.Stub.OnJson(Detail, answer);

        var error = await Assert.ThrowsAsync<CmfblProtocolException>(() => _sdk.Manager.WhiteCustomers.DetailAsync(new CustomerDetailRequest { Id = "1", CustomerNo = "86000001", Type = CustomerDetailType.BaseInfo }));

        Assert.Equal(Detail, error.BizType);
        Assert.Contains("carried no data", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"x\"")]
    [InlineData("0")]
    [InlineData("true")]
    public async Task Model_DataThatIsNotAnObject_IsAProtocolError_NeverANull(string data)
    {
        _sdk.Stub.OnData(Detail, data);
        _sdk.Stub.OnData("customer.app.CustomerWebApiService.login", data);

        var detail = await Assert.ThrowsAsync<CmfblProtocolException>(() => _sdk.Manager.WhiteCustomers.DetailAsync(new CustomerDetailRequest { Id = "1", CustomerNo = "86000001", Type = CustomerDetailType.BaseInfo }));
        var login = await Assert.ThrowsAsync<CmfblProtocolException>(() => _sdk.Client.Sessions.LoginAsync(new LoginRequest { Type = LoginNameType.Phone, LoginName = "1", Password = Md5Password.FromPlainText("p") }));

        Assert.Equal(Detail, detail.BizType);
        Assert.Equal("customer.app.CustomerWebApiService.login", login.BizType);
    }

    [Theory]
    [MemberData(nameof(NoData))]
    public async Task Scalar_NoData_IsAProtocolError(string answer)
    {
        _sdk.Stub.OnJson(Exists, answer);

        await Assert.ThrowsAsync<CmfblProtocolException>(() => _sdk.Get<IManagerCustomerWebApiService>().CheckCustomerExistAsync(new CheckCustomerExistRequest { Type = LoginNameType.Phone, LoginName = "1" }));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"\"")]
    [InlineData("{}")]
    [InlineData("""{"customerNo":"86000001"}""")]
    [InlineData("[86000001]")]
    [InlineData("\"8600x001\"")]
    [InlineData("-86000001")]
    [InlineData("8.6e7")]
    [InlineData("true")]
    public async Task AddCustomer_DataThatIsNotACustomerNumber_IsAProtocolError(string data)
    {
        _sdk.Stub.OnData(AddCustomer, data);

        var error = await Assert.ThrowsAsync<CmfblProtocolException>(() => _sdk.Manager.WhiteCustomers.AddCusAndOpenAccountAndKycAsync(NewCustomer()));

        Assert.Equal(AddCustomer, error.BizType);
    }

    [Theory]
    [InlineData("\"86021976\"")]
    [InlineData("86021976")]
    public async Task AddCustomer_NumberOrNumericString_IsTheCustomerNumber(string data)
    {
        _sdk.Stub.OnData(AddCustomer, data);

        Assert.Equal("86021976", await _sdk.Manager.WhiteCustomers.AddCusAndOpenAccountAndKycAsync(NewCustomer()));
    }

    [Fact]
    public async Task Envelope_AfterAUtf8ByteOrderMark_ReadsNormally()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Envelope.Success("\"86021976\""))).ToArray();
        _sdk.Stub.On(AddCustomer, _ => new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new ByteArrayContent(bytes) });

        Assert.Equal("86021976", await _sdk.Manager.WhiteCustomers.AddCusAndOpenAccountAndKycAsync(NewCustomer()));
    }

    [Fact]
    public async Task ClientLogin_NoData_IsAProtocolError_NotANullReference()
    {
        _sdk.Stub.OnData("customer.app.CustomerWebApiService.login", "null");

        await Assert.ThrowsAsync<CmfblProtocolException>(() => _sdk.Client.Sessions.LoginAsync(new LoginRequest { Type = LoginNameType.Phone, LoginName = "1", Password = Md5Password.FromPlainText("p") }));
    }

    [Theory]
    [InlineData("""{"id":439,"name":"No token"}""")]
    [InlineData("""{"token":"","id":439}""")]
    public async Task ManagerAuth_SuccessWithoutAToken_IsAProtocolError(string data)
    {
        using var sdk = new SdkHarness(withAuth: false);
        sdk.Stub.OnData(SdkHarness.AuthBizType, data);

        var error = await Assert.ThrowsAsync<CmfblProtocolException>(() => sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));

        Assert.Contains("no token", error.Message, StringComparison.Ordinal);
        Assert.Empty(sdk.Stub.RequestsTo(Page));
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
