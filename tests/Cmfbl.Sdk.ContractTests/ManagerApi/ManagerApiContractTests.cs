using Cmfbl.Sdk.ContractTests.Infrastructure;
using Cmfbl.Sdk.ManagerApi;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Security;

namespace Cmfbl.Sdk.ContractTests.ManagerApi;

/// <summary>Every Manager API example of seed doc 002 and of the business spec, replayed through the SDK.</summary>
public sealed class ManagerApiContractTests(WireMockFixture server) : ContractTest(server)
{
    private const string Page = "/openapi-b/customer.admin.WhiteCustomerAdminApiService.page";

    [Fact]
    public async Task CheckCustomerExist_SeedDoc002_ReturnsExists()
    {
        var answer = await Manager().CustomerWeb.CheckCustomerExistAsync(new CheckCustomerExistRequest
        {
            Type = LoginNameType.Phone,
            LoginName = Constants.Phone,
            PhoneArea = "+86",
            EmailArea = "+86",
        });

        Assert.Equal(CustomerExistence.Exists, answer);
        Assert.Equal(0, Server.Count("/openapi-b/auth/admin.admin.CompanyAuthDubboService.auth"));
    }

    [Fact]
    public async Task AddCusAndOpenAccountAndKyc_SeedDoc002_ReturnsTheCustomerNumber_AfterOneAuthCall()
    {
        var customerNo = await Manager().WhiteCustomers.AddCusAndOpenAccountAndKycAsync(new AddCustomerRequest
        {
            Phone = Constants.Phone,
            PhoneArea = "+86",
            Password = Md5Password.FromPlainText("a123456"),
            Country = Constants.Country,
            RegisterSource = RegisterSource.H5,
            CustomerGroupId = 1,
            TradeTypeCurrencyList = [TradeTypeCurrency.Create(TradeType.ContractCross, "USDT")],
        });

        Assert.Equal("86021976", customerNo);
        Assert.Equal(1, Server.Count("/openapi-b/auth/admin.admin.CompanyAuthDubboService.auth"));
        Assert.Equal(1, Server.Count("/openapi-b/customer.admin.WhiteCustomerAdminApiService.addCusAndOpenAccountAndKyc"));
    }

    [Fact]
    public async Task Page_SeedDoc002_ReadsTheRecordWithItsPlaceholderValues()
    {
        var page = await Manager().WhiteCustomers.PageAsync(new CustomerPageRequest());

        Assert.Equal(0, page.Current);
        Assert.Equal(0, page.Total);
        var record = Assert.Single(page.Records);
        Assert.Equal(string.Empty, record.CustomerNo);
        Assert.Equal(0, record.Id);
        Assert.Null(record.CreateTime);
        Assert.Equal((CustomerStatus)0, record.Status);
        var sent = Assert.Single(Server.Requests(Page));
        Assert.Equal(Constants.FirstToken, sent.Headers["token"]);
    }

    [Fact]
    public async Task GetAllCustomers_SeedDoc002_StopsAfterThePageWhoseTotalIsReached()
    {
        var customers = await Manager().WhiteCustomers.GetAllCustomersAsync().ToListAsync();

        Assert.Single(customers);
        Assert.Equal(1, Server.Count(Page));
    }

    [Fact]
    public async Task Detail_SeedDoc002_ReadsAccountListSentAsAnEmptyObject()
    {
        var detail = await Manager().WhiteCustomers.DetailAsync(new CustomerDetailRequest
        {
            Type = CustomerDetailType.TradeAccount,
            Id = Constants.CustomerId,
            CustomerNo = Constants.CustomerNo,
        });

        Assert.Empty(detail.AccountList);
        Assert.True(detail.ApiCheckSwitch);
        Assert.Equal(System.Text.Json.JsonValueKind.Object, detail.EarlyWarningLevel!.Value.ValueKind);
        Assert.Null(detail.RegisterTime);
    }

    [Fact]
    public async Task GroupList_SeedDoc002_ReadsOneObjectAsAOneItemList()
    {
        var groups = await Manager().CustomerGroups.GroupListAsync(new CustomerGroupListRequest { TradeType = TradeType.Spot, CustomerNo = "86000020" });

        var group = Assert.Single(groups);
        Assert.Equal(1, group.Id);
        Assert.Equal("text", group.Name);
        Assert.Equal("text", group.Assets);
    }

    [Fact]
    public async Task QueryAccountList_SpecExample_ReadsDecimalStringsAndTimestamps()
    {
        var accounts = await Manager().Customers.QueryAccountListAsync(new AccountListRequest { CustomerNo = "86000020", TradeType = TradeType.ContractCross });

        var account = Assert.Single(accounts);
        Assert.Equal(1003496, account.AccountId);
        Assert.Equal(47.319290m, account.Balance);
        Assert.Equal(10000000m, account.NotWithdrawAmount);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1646123635909), account.FirstDepositTime);
        Assert.Null(account.FirstWithdrawTime);
        Assert.Equal(AccountStatus.Available, account.Status);
    }

    [Fact]
    public async Task QueryAccountList_SchemaFormOneObject_ReadsAsAOneItemList()
    {
        var accounts = await Manager().Customers.QueryAccountListAsync(new AccountListRequest { CustomerNo = "86000188", TradeType = TradeType.ContractCross });

        Assert.Equal("86000188", Assert.Single(accounts).CustomerNo);
    }

    [Fact]
    public async Task Auth_ReturnsTheTokenAndTheCompanyProfile()
    {
        var result = await Manager().CompanyAuth.AuthAsync(new CompanyAuthRequest { AppId = Constants.AppId, AppSecret = Constants.AppSecret });

        Assert.Equal(Constants.FirstToken, result.Token);
        Assert.Equal(439, result.Id);
        Assert.Equal(86000001, result.StartNumber);
        Assert.Equal(2, result.TradeTypeList.Count);
    }
}
