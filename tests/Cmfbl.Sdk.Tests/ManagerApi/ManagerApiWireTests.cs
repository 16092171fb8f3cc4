using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Security;
using Cmfbl.Sdk.Tests.TestSupport;

namespace Cmfbl.Sdk.Tests.ManagerApi;

/// <summary>Pins the exact path, headers and body of every Manager API operation, through the real DI pipeline.</summary>
public sealed class ManagerApiWireTests : IDisposable
{
    private readonly SdkHarness _sdk = new();

    public void Dispose() => _sdk.Dispose();

    [Fact]
    public async Task CheckCustomerExistAsync_GuestCall_SendsCompanyHeadersWithoutToken()
    {
        _sdk.Stub.OnData("customer.app.CustomerWebApiService.checkCustomerExist", "1");

        var answer = await _sdk.Manager.CustomerWeb.CheckCustomerExistAsync(new CheckCustomerExistRequest
        {
            Type = LoginNameType.Phone,
            LoginName = "13800138000",
            PhoneArea = "+86",
        });

        Assert.Equal(CustomerExistence.Exists, answer);
        var request = Assert.Single(_sdk.Stub.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/openapi-b/customer.app.CustomerWebApiService.checkCustomerExist", request.Path);
        AssertCommonHeaders(request);
        Assert.Null(request.Header("token"));
        JsonAssert.Equivalent("""{"type":2,"loginName":"13800138000","phoneArea":"+86"}""", request.Body);
    }

    [Fact]
    public async Task CheckCustomerExistAsync_DataTwo_ReturnsDoesNotExist()
    {
        _sdk.Stub.OnData("customer.app.CustomerWebApiService.checkCustomerExist", "2");

        var answer = await _sdk.Manager.CustomerWeb.CheckCustomerExistAsync(new CheckCustomerExistRequest { Type = LoginNameType.Email, LoginName = "a@b.c" });

        Assert.Equal(CustomerExistence.DoesNotExist, answer);
    }

    [Fact]
    public async Task AddCusAndOpenAccountAndKycAsync_SendsHashedPasswordAndToken_ReturnsCustomerNumber()
    {
        _sdk.Stub.OnData("customer.admin.WhiteCustomerAdminApiService.addCusAndOpenAccountAndKyc", "\"86021976\"");

        var customerNo = await _sdk.Manager.WhiteCustomers.AddCusAndOpenAccountAndKycAsync(new AddCustomerRequest
        {
            Phone = "13800138000",
            PhoneArea = "+86",
            Password = Md5Password.FromPlainText("a123456"),
            Country = "CN",
            RegisterSource = RegisterSource.H5,
            CustomerGroupId = 1,
            TradeTypeCurrencyList = [new TradeTypeCurrency { TradeType = "1", AllCurrency = "USDT" }],
        });

        Assert.Equal("86021976", customerNo);
        var request = Assert.Single(_sdk.Stub.RequestsTo("customer.admin.WhiteCustomerAdminApiService.addCusAndOpenAccountAndKyc"));
        Assert.Equal("/openapi-b/customer.admin.WhiteCustomerAdminApiService.addCusAndOpenAccountAndKyc", request.Path);
        AssertCommonHeaders(request);
        Assert.Equal("token-1", request.Header("token"));
        JsonAssert.Equivalent(
            """{"phone":"13800138000","pwd":"dc483e80a7a0bd9ef71d8cf973673924","country":"CN","registerSource":1,"customerGroupId":1,"tradeTypeCurrencyList":[{"allCurrency":"USDT","tradeType":"1"}],"phoneArea":"+86"}""",
            request.Body);
        Assert.DoesNotContain("a123456", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageAsync_DefaultRequest_SendsCurrentAndSize()
    {
        _sdk.Stub.OnData("customer.admin.WhiteCustomerAdminApiService.page", """{"current":1,"size":20,"total":1,"records":[{"customerNo":"86000001","id":7}]}""");

        var page = await _sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest());

        Assert.Equal(1, page.Total);
        Assert.Equal("86000001", Assert.Single(page.Records).CustomerNo);
        var request = Assert.Single(_sdk.Stub.RequestsTo("customer.admin.WhiteCustomerAdminApiService.page"));
        Assert.Equal("/openapi-b/customer.admin.WhiteCustomerAdminApiService.page", request.Path);
        AssertCommonHeaders(request);
        Assert.Equal("token-1", request.Header("token"));
        JsonAssert.Equivalent("""{"size":20,"current":1}""", request.Body);
    }

    [Fact]
    public async Task DetailAsync_SendsTypeIdAndCustomerNo()
    {
        _sdk.Stub.OnData("customer.admin.WhiteCustomerAdminApiService.detail", """{"customerNo":"86000001","id":7,"accountList":{}}""");

        var detail = await _sdk.Manager.WhiteCustomers.DetailAsync(new CustomerDetailRequest
        {
            Type = CustomerDetailType.TradeAccount,
            Id = "7",
            CustomerNo = "86000001",
        });

        Assert.Equal("86000001", detail.CustomerNo);
        Assert.Empty(detail.AccountList);
        var request = Assert.Single(_sdk.Stub.RequestsTo("customer.admin.WhiteCustomerAdminApiService.detail"));
        Assert.Equal("/openapi-b/customer.admin.WhiteCustomerAdminApiService.detail", request.Path);
        AssertCommonHeaders(request);
        Assert.Equal("token-1", request.Header("token"));
        JsonAssert.Equivalent("""{"type":"tradeAccount","id":"7","customerNo":"86000001"}""", request.Body);
    }

    [Theory]
    [InlineData("""{"id":1,"name":"Default","openAccountType":1,"type":0,"tradeType":1,"assets":"USDT"}""")]
    [InlineData("""[{"id":1,"name":"Default","openAccountType":1,"type":0,"tradeType":1,"assets":"USDT"}]""")]
    public async Task GroupListAsync_ObjectOrArray_ReturnsList(string data)
    {
        _sdk.Stub.OnData("customer.admin.CustomerGroupAdminApiService.groupList", data);

        var groups = await _sdk.Manager.CustomerGroups.GroupListAsync(new CustomerGroupListRequest { TradeType = TradeType.Spot, CustomerNo = "86000020" });

        Assert.Equal("Default", Assert.Single(groups).Name);
        var request = Assert.Single(_sdk.Stub.RequestsTo("customer.admin.CustomerGroupAdminApiService.groupList"));
        Assert.Equal("/openapi-b/customer.admin.CustomerGroupAdminApiService.groupList", request.Path);
        AssertCommonHeaders(request);
        Assert.Equal("token-1", request.Header("token"));
        JsonAssert.Equivalent("""{"tradeType":5,"customerNo":"86000020"}""", request.Body);
    }

    [Theory]
    [InlineData("""{"accountId":11,"currency":"USDT","balance":"100.50"}""")]
    [InlineData("""[{"accountId":11,"currency":"USDT","balance":"100.50"}]""")]
    public async Task QueryAccountListAsync_ObjectOrArray_ReturnsAccountsWithDecimalBalance(string data)
    {
        _sdk.Stub.OnData("customer.admin.CustomerAdminApiService.queryAccountList", data);

        var accounts = await _sdk.Manager.Customers.QueryAccountListAsync(new AccountListRequest { CustomerNo = "86000001", TradeType = TradeType.ContractCross });

        Assert.Equal(100.50m, Assert.Single(accounts).Balance);
        var request = Assert.Single(_sdk.Stub.RequestsTo("customer.admin.CustomerAdminApiService.queryAccountList"));
        Assert.Equal("/openapi-b/customer.admin.CustomerAdminApiService.queryAccountList", request.Path);
        AssertCommonHeaders(request);
        Assert.Equal("token-1", request.Header("token"));
        JsonAssert.Equivalent("""{"customerNo":"86000001","tradeType":1}""", request.Body);
    }

    [Fact]
    public async Task SubscribeAsync_SendsTheThreeUrlsWithTokenAndOneIdempotencyKey()
    {
        _sdk.Stub.OnData("admin.admin.CompanyWebhookDubboService.subscribe", "null");

        await _sdk.Manager.CompanyWebhook.SubscribeAsync(new WebhookSubscribeRequest
        {
            QueryUserAccountBalanceUrl = new Uri("https://wallet.example/cmfbl/settlement/get-user-amount"),
            ExternalSystemAdjustmentUrl = new Uri("https://wallet.example/cmfbl/settlement/external-system-credit-limit-adjustment"),
            CancelExternalSystemAdjustmentUrl = new Uri("https://wallet.example/cmfbl/settlement/cancel-external-system-credit-limit-adjustment"),
        });

        var request = Assert.Single(_sdk.Stub.RequestsTo("admin.admin.CompanyWebhookDubboService.subscribe"));
        Assert.Equal("/openapi-b/admin.admin.CompanyWebhookDubboService.subscribe", request.Path);
        AssertCommonHeaders(request);
        Assert.Equal("token-1", request.Header("token"));
        Assert.Equal(1, request.HeaderCount("idempotency-key"));
        JsonAssert.Equivalent(
            """{"queryUserAccountBalanceUrl":"https://wallet.example/cmfbl/settlement/get-user-amount","externalSystemAdjustmentUrl":"https://wallet.example/cmfbl/settlement/external-system-credit-limit-adjustment","cancelExternalSystemAdjustmentUrl":"https://wallet.example/cmfbl/settlement/cancel-external-system-credit-limit-adjustment"}""",
            request.Body);
    }

    [Fact]
    public async Task SubscribeAsync_ServerErrorThenSuccess_RetriesWithTheSameIdempotencyKey()
    {
        using var sdk = new SdkHarness(options => options.ManagerApi.Resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(10));
        var attempts = 0;
        sdk.Stub.On("admin.admin.CompanyWebhookDubboService.subscribe", _ => Interlocked.Increment(ref attempts) == 1
            ? StubHandler.Json("busy", System.Net.HttpStatusCode.ServiceUnavailable)
            : StubHandler.Json(Envelope.Success("null")));

        await sdk.Manager.CompanyWebhook.SubscribeAsync(new WebhookSubscribeRequest
        {
            QueryUserAccountBalanceUrl = new Uri("https://wallet.example/a"),
            ExternalSystemAdjustmentUrl = new Uri("https://wallet.example/b"),
            CancelExternalSystemAdjustmentUrl = new Uri("https://wallet.example/c"),
        });

        var keys = sdk.Stub.RequestsTo("admin.admin.CompanyWebhookDubboService.subscribe").Select(r => r.Header("idempotency-key")).ToArray();
        Assert.Equal(2, keys.Length);
        Assert.NotNull(keys[0]);
        Assert.Equal(keys[0], keys[1]);
    }

    [Fact]
    public async Task AuthAsync_SendsOnlyTraceAndCredentials_OnTheAuthPath()
    {
        var result = await _sdk.Manager.CompanyAuth.AuthAsync(new CompanyAuthRequest { AppId = "app-id", AppSecret = "app-secret-value" });

        Assert.Equal("token-1", result.Token);
        var request = Assert.Single(_sdk.Stub.Requests);
        Assert.Equal("/openapi-b/auth/admin.admin.CompanyAuthDubboService.auth", request.Path);
        Assert.Equal(1, request.HeaderCount("trace"));
        Assert.Null(request.Header("companyId"));
        Assert.Null(request.Header("token"));
        JsonAssert.Equivalent("""{"appId":"app-id","appSecret":"app-secret-value"}""", request.Body);
    }

    [Fact]
    public async Task EveryCall_GetsItsOwnTrace_InTheVendorFormat()
    {
        _sdk.Stub.OnData("customer.app.CustomerWebApiService.checkCustomerExist", "2");
        var request = new CheckCustomerExistRequest { Type = LoginNameType.Phone, LoginName = "1" };

        await _sdk.Manager.CustomerWeb.CheckCustomerExistAsync(request);
        await _sdk.Manager.CustomerWeb.CheckCustomerExistAsync(request);

        var traces = _sdk.Stub.Requests.Select(r => r.Header("trace")!).ToArray();
        Assert.NotEqual(traces[0], traces[1]);
        Assert.All(traces, trace => Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-[0-9]{13}$", trace));
    }

    [Fact]
    public async Task PathPrefix_Configured_IsUsedForEveryOperation()
    {
        using var sdk = new SdkHarness(options => options.ManagerApi.PathPrefix = "/openapi-b/global/");
        sdk.Stub.OnData("customer.admin.WhiteCustomerAdminApiService.page", """{"current":1,"size":20,"total":0,"records":[]}""");

        await sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest());

        Assert.Equal("/openapi-b/global/customer.admin.WhiteCustomerAdminApiService.page", sdk.Stub.RequestsTo("customer.admin.WhiteCustomerAdminApiService.page").Single().Path);
        Assert.Equal("/openapi-b/auth/admin.admin.CompanyAuthDubboService.auth", sdk.Stub.RequestsTo(SdkHarness.AuthBizType).Single().Path);
    }

    private static void AssertCommonHeaders(RecordedRequest request)
    {
        foreach (var name in new[] { "trace", "companyId", "version", "lang", "timestamp" })
        {
            Assert.Equal(1, request.HeaderCount(name));
        }

        Assert.DoesNotMatch("^x-", request.Header("trace")!);
        Assert.Equal("439", request.Header("companyId"));
        Assert.Equal("0.0.1", request.Header("version"));
        Assert.Equal("en-US", request.Header("lang"));
        Assert.Matches("^[0-9]{13}$", request.Header("timestamp")!);
        Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
    }
}
