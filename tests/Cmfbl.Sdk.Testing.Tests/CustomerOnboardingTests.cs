using System.Text.Json;
using Cmfbl.Sdk.Testing.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests;

public sealed class CustomerOnboardingTests : AuthenticatedFakeTest
{
    private const string AddCustomer = "customer.admin.WhiteCustomerAdminApiService.addCusAndOpenAccountAndKyc";
    private const string Page = "customer.admin.WhiteCustomerAdminApiService.page";
    private const string Detail = "customer.admin.WhiteCustomerAdminApiService.detail";
    private const string AccountList = "customer.admin.CustomerAdminApiService.queryAccountList";
    private const string GroupList = "customer.admin.CustomerGroupAdminApiService.groupList";
    private const string CheckExist = "customer.app.CustomerWebApiService.checkCustomerExist";

    [Fact]
    public async Task Register_ThenPageDetailAndAccountList_AllShowTheNewCustomer()
    {
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var customerNo = await Api.RegisterAsync(Token, "13912345678");

        Assert.Equal("86000001", customerNo);

        var page = (await Api.ManagerAsync(Page, new { customerNo, current = 1, size = 20 }, Token)).Ok();
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        Assert.Equal(1, page.GetProperty("current").GetInt32());
        Assert.Equal(20, page.GetProperty("size").GetInt32());
        var record = Assert.Single(page.GetProperty("records").EnumerateArray().ToArray());
        Assert.Equal(customerNo, record.GetProperty("customerNo").GetString());
        Assert.Equal("13912345678", record.GetProperty("phone").GetString());
        Assert.Equal("+86", record.GetProperty("phoneArea").GetString());
        Assert.Equal(1, record.GetProperty("customerGroupId").GetInt64());
        Assert.Equal("Default group", record.GetProperty("customerGroupName").GetString());
        Assert.Equal(1, record.GetProperty("status").GetInt32());
        Assert.Equal(3, record.GetProperty("registerSource").GetInt32());
        Assert.Equal(439, record.GetProperty("companyId").GetInt64());
        Assert.InRange(record.GetProperty("createTime").GetInt64(), before, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        var id = record.GetProperty("id").GetInt64();

        var detail = (await Api.ManagerAsync(Detail, new { type = "tradeAccount", id = id.ToString(System.Globalization.CultureInfo.InvariantCulture), customerNo }, Token)).Ok();
        Assert.Equal(id, detail.GetProperty("id").GetInt64());
        Assert.Equal(customerNo, detail.GetProperty("customerNo").GetString());
        Assert.Equal("13912345678", detail.GetProperty("phone").GetString());
        Assert.Equal("CN", detail.GetProperty("country").GetString());
        var detailAccount = Assert.Single(detail.GetProperty("accountList").EnumerateArray().ToArray());
        Assert.Equal("USDT", detailAccount.GetProperty("currency").GetString());

        var accounts = (await Api.ManagerAsync(AccountList, new { customerNo, tradeType = 1 }, Token)).Ok();
        var account = Assert.Single(accounts.EnumerateArray().ToArray());
        Assert.Equal(detailAccount.GetProperty("accountId").GetInt64(), account.GetProperty("accountId").GetInt64());
        Assert.Equal(id, account.GetProperty("customerId").GetInt64());
        Assert.Equal(customerNo, account.GetProperty("customerNo").GetString());
        Assert.Equal(1, account.GetProperty("tradeType").GetInt32());
        Assert.Equal("USDT", account.GetProperty("currency").GetString());
        Assert.Equal(JsonValueKind.String, account.GetProperty("balance").ValueKind);
        Assert.Equal("0", account.GetProperty("balance").GetString());
        Assert.Equal("0", account.GetProperty("available").GetString());
        Assert.Equal("0", account.GetProperty("frozen").GetString());

        var stored = Assert.Single(Server.Customers);
        Assert.Equal(ApiClient.Md5OfA123456, stored.PasswordMd5);
        Assert.Equal(customerNo, stored.CustomerNo);
        Assert.Equal(id, stored.Id);
    }

    [Fact]
    public async Task Register_HandsOutSequentialCustomerNumbersFromTheRange()
    {
        var numbers = new[] { await Api.RegisterAsync(Token), await Api.RegisterAsync(Token), await Api.RegisterAsync(Token) };

        Assert.Equal(["86000001", "86000002", "86000003"], numbers);
    }

    [Fact]
    public async Task Register_OneAccountPerTradeTypeAndCurrency()
    {
        var response = await Api.AddCustomerRawAsync(Token, new
        {
            phone = "13900000009",
            pwd = ApiClient.Md5OfA123456,
            country = "CN",
            registerSource = 1,
            customerGroupId = 1,
            tradeTypeCurrencyList = new object[]
            {
                new { tradeType = "1", allCurrency = "USDT" },
                new { tradeType = 5, allCurrency = "USDT,BTC" },
            },
        });
        var customerNo = response.Ok().GetString()!;

        var contract = (await Api.ManagerAsync(AccountList, new { customerNo, tradeType = 1 }, Token)).Ok();
        var spot = (await Api.ManagerAsync(AccountList, new { customerNo, tradeType = "5" }, Token)).Ok();

        Assert.Equal(["USDT"], contract.EnumerateArray().Select(a => a.GetProperty("currency").GetString()));
        Assert.Equal(["USDT", "BTC"], spot.EnumerateArray().Select(a => a.GetProperty("currency").GetString()));
        Assert.Equal(8, spot[1].GetProperty("digits").GetInt32());
    }

    [Fact]
    public async Task Register_WithoutTradeTypeList_OpensTheGroupsAccounts()
    {
        var response = await Api.AddCustomerRawAsync(Token, new
        {
            email = "spot@example.com",
            pwd = ApiClient.Md5OfA123456,
            country = "US",
            registerSource = 2,
            customerGroupId = 2,
        });
        var customerNo = response.Ok().GetString()!;

        var customer = Server.FindCustomer(customerNo)!;
        Assert.Equal(2, customer.CustomerGroupId);
        Assert.Equal([(5, "USDT"), (5, "BTC")], customer.Accounts.Select(a => (a.TradeType, a.Currency)));
        Assert.Null(customer.Phone);
        Assert.Equal("spot@example.com", customer.Email);
    }

    [Fact]
    public async Task Page_ListsNewestFirstAndPages()
    {
        for (var i = 0; i < 5; i++)
        {
            await Api.RegisterAsync(Token);
        }

        var first = (await Api.ManagerAsync(Page, new { current = 1, size = 2 }, Token)).Ok();
        var third = (await Api.ManagerAsync(Page, new { current = 3, size = 2 }, Token)).Ok();
        var beyond = (await Api.ManagerAsync(Page, new { current = 4, size = 2 }, Token)).Ok();
        var defaults = (await Api.ManagerAsync(Page, new { customerNo = (string?)null }, Token)).Ok();

        Assert.Equal(5, first.GetProperty("total").GetInt32());
        Assert.Equal(["86000005", "86000004"], first.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("customerNo").GetString()));
        Assert.Equal(["86000001"], third.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("customerNo").GetString()));
        Assert.Equal(0, beyond.GetProperty("records").GetArrayLength());
        Assert.Equal(5, beyond.GetProperty("total").GetInt32());
        Assert.Equal(1, defaults.GetProperty("current").GetInt32());
        Assert.Equal(20, defaults.GetProperty("size").GetInt32());
        Assert.Equal(5, defaults.GetProperty("records").GetArrayLength());
    }

    [Fact]
    public async Task Page_UnknownCustomerNo_IsAnEmptyPage()
    {
        await Api.RegisterAsync(Token);

        var page = (await Api.ManagerAsync(Page, new { customerNo = "99999999" }, Token)).Ok();

        Assert.Equal(0, page.GetProperty("total").GetInt32());
        Assert.Equal(0, page.GetProperty("records").GetArrayLength());
    }

    [Fact]
    public async Task Detail_BaseInfo_LeavesAccountListOut()
    {
        var customerNo = await Api.RegisterAsync(Token);
        var id = Server.FindCustomer(customerNo)!.Id;

        var detail = (await Api.ManagerAsync(Detail, new { type = "baseInfo", id = id.ToString(System.Globalization.CultureInfo.InvariantCulture), customerNo }, Token)).Ok();

        Assert.Equal(JsonValueKind.Null, detail.GetProperty("accountList").ValueKind);
        Assert.Equal(customerNo, detail.GetProperty("customerNo").GetString());
    }

    [Fact]
    public async Task Detail_UnknownCustomerOrMismatchedId_ReturnsCustomerApi0000003()
    {
        var customerNo = await Api.RegisterAsync(Token);

        var unknown = await Api.ManagerAsync(Detail, new { type = "baseInfo", id = "1", customerNo = "99999999" }, Token);
        var mismatched = await Api.ManagerAsync(Detail, new { type = "baseInfo", id = "424242", customerNo }, Token);

        unknown.AssertError("CUSTOMER_API_0000003", "US");
        mismatched.AssertError("CUSTOMER_API_0000003", "US");
    }

    [Fact]
    public async Task Detail_UnknownType_ReturnsCustomerApi0000501()
    {
        var customerNo = await Api.RegisterAsync(Token);

        var response = await Api.ManagerAsync(Detail, new { type = "everything", id = "1001", customerNo }, Token);

        response.AssertError("CUSTOMER_API_0000501", "US");
        Assert.Equal("type", response.Envelope.GetProperty("msgParams").GetString());
    }

    [Fact]
    public async Task QueryAccountList_UnknownCustomer_ReturnsCustomerApi0000003()
    {
        var response = await Api.ManagerAsync(AccountList, new { customerNo = "99999999", tradeType = 1 }, Token);

        response.AssertError("CUSTOMER_API_0000003", "US");
    }

    [Fact]
    public async Task QueryAccountList_WithoutTradeType_ReturnsCustomerApi0000501()
    {
        var customerNo = await Api.RegisterAsync(Token);

        var response = await Api.ManagerAsync(AccountList, new { customerNo }, Token);

        response.AssertError("CUSTOMER_API_0000501", "US");
    }

    [Fact]
    public async Task GroupList_ReturnsAnArrayOfTheSeededGroups()
    {
        var all = (await Api.ManagerAsync(GroupList, new { }, Token)).Ok();
        var spot = (await Api.ManagerAsync(GroupList, new { tradeType = 5, customerNo = "86000020" }, Token)).Ok();

        Assert.Equal(JsonValueKind.Array, all.ValueKind);
        var first = all[0];
        Assert.Equal(1, first.GetProperty("id").GetInt64());
        Assert.Equal("Default group", first.GetProperty("name").GetString());
        Assert.Equal(1, first.GetProperty("openAccountType").GetInt32());
        Assert.Equal(0, first.GetProperty("type").GetInt32());
        Assert.Equal(1, first.GetProperty("tradeType").GetInt32());
        Assert.Equal("USDT", first.GetProperty("assets").GetString());
        Assert.Equal(2, all.GetArrayLength());
        Assert.Equal([2L], spot.EnumerateArray().Select(g => g.GetProperty("id").GetInt64()));
    }

    [Theory]
    [InlineData("openapi-b/")]
    [InlineData("api/global/")]
    public async Task CheckCustomerExist_NeedsNoToken_AndSeesRegistrations(string prefix)
    {
        var phone = new { type = 2, loginName = "13900000077", phoneArea = "+86", emailArea = "+86", protocol = "true" };

        var before = await Api.PostAsync(prefix + CheckExist, phone, Api.Headers());
        var customerNo = await Api.RegisterAsync(Token, "13900000077");
        var after = await Api.PostAsync(prefix + CheckExist, phone, Api.Headers());
        var otherArea = await Api.PostAsync(prefix + CheckExist, new { type = 2, loginName = "13900000077", phoneArea = "+1" }, Api.Headers());
        var byNumber = await Api.PostAsync(prefix + CheckExist, new { type = 3, loginName = customerNo }, Api.Headers());

        Assert.Equal(2, before.Ok().GetInt32());
        Assert.Equal(1, after.Ok().GetInt32());
        Assert.Equal(2, otherArea.Ok().GetInt32());
        Assert.Equal(1, byNumber.Ok().GetInt32());
    }

    [Fact]
    public async Task CheckCustomerExist_ByEmail_IgnoresCase()
    {
        (await Api.AddCustomerRawAsync(Token, new { email = "Ann@Example.com", pwd = ApiClient.Md5OfA123456, country = "CN", registerSource = 3, customerGroupId = 1 })).Ok();

        var response = await Api.ManagerAsync(CheckExist, new { type = 1, loginName = "ann@example.com" }, token: null);

        Assert.Equal(1, response.Ok().GetInt32());
    }

    [Fact]
    public async Task CheckCustomerExist_WithoutType_ReturnsCustomerApi0000501()
    {
        var response = await Api.ManagerAsync(CheckExist, new { loginName = "13900000077" }, token: null);

        response.AssertError("CUSTOMER_API_0000501", "US");
    }
}
