using System.Text.Json;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Tests.Models;

public class CustomerProfileTests
{
    private static readonly DateTimeOffset OneMillisecond = DateTimeOffset.UnixEpoch.AddMilliseconds(1);

    private static CustomerProfile Read(string json) =>
        JsonSerializer.Deserialize(json, CmfblJsonContext.Default.CustomerProfile) ?? throw new InvalidOperationException("null");

    // Seed doc 002, "Customer details" (customer.admin.WhiteCustomerAdminApiService.detail), the response's data.
    private const string SeedDoc002DetailData = """
        {
          "accountList": {},
          "accountRemark": "",
          "activateStatus": 0,
          "activateTime": 0,
          "address": "",
          "apiCheckRule": "",
          "apiCheckSwitch": true,
          "assertPassStatus": "",
          "associationCompanyId": 0,
          "companyId": 0,
          "companyKycStatus": 0,
          "companyType": "",
          "country": "",
          "createTime": 0,
          "customerAgentMark": "",
          "customerGroupId": 0,
          "customerNo": "",
          "customerType": 0,
          "deposit": 0,
          "earlyWarningLevel": {},
          "email": "",
          "firstName": "",
          "forceLevel": {},
          "googleId": 0,
          "id": 0,
          "idCard": "",
          "idCardType": "",
          "isFund": 0,
          "kycAuditRemark": "",
          "kycAuditStatus": 0,
          "kycRemark": "",
          "kycStatus": 0,
          "lastName": "",
          "loginPassStatus": "",
          "loginTime": 0,
          "name": "",
          "openAccountType": 0,
          "optional": 0,
          "payPassStatus": "",
          "phone": "",
          "phoneArea": "",
          "postalCode": "",
          "registerSource": 0,
          "registerTime": 0,
          "relationCustomerId": 0,
          "source": "",
          "status": 0,
          "thirdIntactMsg": "",
          "thirdLoginSource": "",
          "thirdServerCode": "",
          "thirdUserId": "",
          "type": 0,
          "unitId": 0,
          "unitName": "",
          "utmSource": "",
          "withdraw": 0,
          "withdrawLevel": {}
        }
        """;

    // Seed doc 003, "查询客户信息" (customer.app.CustomerWebApiService.findCustomerInfo), the response's data.
    private const string SeedDoc003FindCustomerInfoData = """
        {
          "id": 1,
          "companyId": 1,
          "customerGroupId": 1,
          "customerNo": "text",
          "kycAuditStatus": 1,
          "kycAuditRemark": "text",
          "kycStatus": 1,
          "kycRemark": "text",
          "accountList": {},
          "accountRemark": "text",
          "loginPassStatus": "text",
          "payPassStatus": "text",
          "email": "text",
          "phone": "text",
          "phoneArea": "text",
          "name": "text",
          "country": "text",
          "type": 1,
          "deposit": 1,
          "withdraw": 1,
          "optional": 1,
          "activateStatus": 1,
          "activateTime": 1,
          "companyKycStatus": 1,
          "status": 1,
          "thirdServerCode": "text",
          "source": "text",
          "thirdLoginSource": "text",
          "thirdUserId": "text",
          "idCard": "text",
          "idCardType": "text",
          "thirdIntactMsg": "text",
          "firstName": "text",
          "lastName": "text",
          "isFund": 1,
          "assertPassStatus": "text",
          "googleId": 1,
          "openAccountType": 1,
          "loginTime": 1,
          "createTime": 1,
          "relationCustomerId": 1,
          "companyType": "text",
          "registerSource": 1,
          "associationCompanyId": 1,
          "registerTime": 1,
          "utmSource": "text",
          "forceLevel": {},
          "earlyWarningLevel": {},
          "withdrawLevel": {},
          "postalCode": "text",
          "customerAgentMark": "text",
          "apiCheckSwitch": true,
          "apiCheckRule": "text"
        }
        """;

    // Client API spec, /login/customer.app.CustomerWebApiService.login, the response example's data.
    private const string ClientSpecLoginData = """
        {
          "customerGroupId": 1,
          "thirdUserId": null,
          "googleId": -1,
          "lastName": null,
          "country": "CN",
          "kycStatus": 1,
          "companyKycStatus": 2,
          "assertPassStatus": "2",
          "idCard": null,
          "thirdLoginSource": null,
          "payPassStatus": "2",
          "kycAuditRemark": "The company has not enabled KYC certification, go through directly",
          "source": "H5",
          "type": 0,
          "registerSource": 1,
          "loginPassStatus": "2",
          "idCardType": null,
          "loginTime": 1678360534200,
          "kycRemark": "Not verified",
          "associationCompanyId": null,
          "id": 1176,
          "activateStatus": null,
          "email": "22**@qq.com",
          "openAccountType": 0,
          "accountRemark": null,
          "companyType": "real",
          "registerTime": 1648777706117,
          "activateTime": null,
          "kycAuditStatus": 2,
          "optional": 1,
          "isFund": 0,
          "token": "a541f9d5-2507-42b3-b790-59e1f755c380app",
          "firstName": null,
          "companyId": 360,
          "thirdIntactMsg": null,
          "createTime": 1648777706117,
          "phone": "135******9561",
          "relationCustomerId": 0,
          "accountList": [
            {
              "netAssets": "2904318.4696",
              "available": "2904318.4696",
              "remark": null,
              "type": 1,
              "equity": "2904318.4696",
              "firstDepositTime": 1648785031654,
              "lockMargin": "0.0000",
              "balance": "2904321.4696",
              "interest": "0.0000",
              "customerId": 1176,
              "liabilities": "0.0000",
              "currency": "USDT",
              "activateStatus": 2,
              "withdrawAmount": "2904318.4696",
              "profit": "0",
              "tradeType": 5,
              "wholeWarehouseBalance": null,
              "collateralFrozen": "0.0000",
              "freeMargin": "0",
              "margin": "0",
              "firstWithdrawTime": 1648792333492,
              "activateTime": 1648792208194,
              "frozen": "3.0000",
              "wholeWarehouseRate": null,
              "accountId": 1031717,
              "openAccountStatus": true,
              "companyId": 360,
              "liabilitiesPrincipal": "0.0000",
              "interestProportion": null,
              "createTime": 1648777706190,
              "lockAmount": "3.0000",
              "marginRadio": null,
              "notWithdrawAmount": "0.0000",
              "availableLoan": null,
              "digits": 4,
              "customerNo": "86001175",
              "status": 2,
              "assetsId": 13
            }
          ],
          "name": null,
          "phoneArea": "+86",
          "deposit": 1,
          "rToken": "291e08e4e0af86b3d8af85f2947a02125a1c1746db58b303b06cc1aba389f4cd",
          "thirdServerCode": "",
          "customerNo": "86001175",
          "status": 6,
          "withdraw": 1
        }
        """;

    [Fact]
    public void Deserialize_SeedDoc002DetailExample_ReadsEveryField()
    {
        var p = Read(SeedDoc002DetailData);

        Assert.Empty(p.AccountList);                                      // "accountList": {}
        Assert.Equal(string.Empty, p.AccountRemark);
        Assert.Equal(0, p.ActivateStatus);
        Assert.Null(p.ActivateTime);                                      // 0 = never
        Assert.Equal(string.Empty, p.Address);
        Assert.Equal(string.Empty, p.ApiCheckRule);
        Assert.True(p.ApiCheckSwitch);
        Assert.Equal(string.Empty, p.AssertPassStatus);
        Assert.Equal(0L, p.AssociationCompanyId);
        Assert.Equal(0L, p.CompanyId);
        Assert.Equal(0, p.CompanyKycStatus);
        Assert.Equal(string.Empty, p.CompanyType);
        Assert.Equal(string.Empty, p.Country);
        Assert.Null(p.CreateTime);
        Assert.Equal(string.Empty, p.CustomerAgentMark);
        Assert.Equal(0L, p.CustomerGroupId);
        Assert.Equal(string.Empty, p.CustomerNo);
        Assert.Equal(CustomerType.Default, p.CustomerType);
        Assert.Equal(0, p.Deposit);
        Assert.Equal(JsonValueKind.Object, p.EarlyWarningLevel!.Value.ValueKind);
        Assert.Empty(p.EarlyWarningLevel.Value.EnumerateObject());
        Assert.Equal(string.Empty, p.Email);
        Assert.Equal(string.Empty, p.FirstName);
        Assert.Equal(JsonValueKind.Object, p.ForceLevel!.Value.ValueKind);
        Assert.Equal(0L, p.GoogleId);
        Assert.Equal(0L, p.Id);
        Assert.Equal(string.Empty, p.IdCard);
        Assert.Equal(string.Empty, p.IdCardType);
        Assert.Equal(0, p.IsFund);
        Assert.Equal(string.Empty, p.KycAuditRemark);
        Assert.Equal(KycAuditStatus.NotCertified, p.KycAuditStatus);
        Assert.Equal(string.Empty, p.KycRemark);
        Assert.Equal((KycStatus)0, p.KycStatus);                          // 0 is not a documented code: kept
        Assert.Equal(string.Empty, p.LastName);
        Assert.Equal(string.Empty, p.LoginPassStatus);
        Assert.Null(p.LoginTime);
        Assert.Equal(string.Empty, p.Name);
        Assert.Equal(OpenAccountType.Individual, p.OpenAccountType);
        Assert.Equal(0, p.Optional);
        Assert.Equal(string.Empty, p.PayPassStatus);
        Assert.Equal(string.Empty, p.Phone);
        Assert.Equal(string.Empty, p.PhoneArea);
        Assert.Equal(string.Empty, p.PostalCode);
        Assert.Equal((RegisterSource)0, p.RegisterSource);
        Assert.Null(p.RegisterTime);
        Assert.Equal(0L, p.RelationCustomerId);
        Assert.Equal(string.Empty, p.Source);
        Assert.Equal((CustomerStatus)0, p.Status);
        Assert.Equal(string.Empty, p.ThirdIntactMsg);
        Assert.Equal(string.Empty, p.ThirdLoginSource);
        Assert.Equal(string.Empty, p.ThirdServerCode);
        Assert.Equal(string.Empty, p.ThirdUserId);
        Assert.Equal(CustomerGroupType.Real, p.GroupType);
        Assert.Equal(0L, p.UnitId);
        Assert.Equal(string.Empty, p.UnitName);
        Assert.Equal(string.Empty, p.UtmSource);
        Assert.Equal(0, p.Withdraw);
        Assert.Equal(JsonValueKind.Object, p.WithdrawLevel!.Value.ValueKind);
    }

    [Fact]
    public void Deserialize_SeedDoc003FindCustomerInfoExample_ReadsEveryField()
    {
        var p = Read(SeedDoc003FindCustomerInfoData);

        Assert.Equal(1L, p.Id);
        Assert.Equal(1L, p.CompanyId);
        Assert.Equal(1L, p.CustomerGroupId);
        Assert.Equal("text", p.CustomerNo);
        Assert.Equal(KycAuditStatus.Pending, p.KycAuditStatus);
        Assert.Equal("text", p.KycAuditRemark);
        Assert.Equal(KycStatus.Unverified, p.KycStatus);
        Assert.Equal("text", p.KycRemark);
        Assert.Empty(p.AccountList);                                      // "accountList": {}
        Assert.Equal("text", p.AccountRemark);
        Assert.Equal("text", p.LoginPassStatus);
        Assert.Equal("text", p.PayPassStatus);
        Assert.Equal("text", p.AssertPassStatus);
        Assert.Equal("text", p.Email);
        Assert.Equal("text", p.Phone);
        Assert.Equal("text", p.PhoneArea);
        Assert.Equal("text", p.Name);
        Assert.Equal("text", p.Country);
        Assert.Equal(CustomerGroupType.Demo, p.GroupType);
        Assert.Equal(1, p.Deposit);
        Assert.Equal(1, p.Withdraw);
        Assert.Equal(1, p.Optional);
        Assert.Equal(1, p.ActivateStatus);
        Assert.Equal(OneMillisecond, p.ActivateTime);
        Assert.Equal(1, p.CompanyKycStatus);
        Assert.Equal(CustomerStatus.Normal, p.Status);
        Assert.Equal("text", p.ThirdServerCode);
        Assert.Equal("text", p.Source);
        Assert.Equal("text", p.ThirdLoginSource);
        Assert.Equal("text", p.ThirdUserId);
        Assert.Equal("text", p.IdCard);
        Assert.Equal("text", p.IdCardType);
        Assert.Equal("text", p.ThirdIntactMsg);
        Assert.Equal("text", p.FirstName);
        Assert.Equal("text", p.LastName);
        Assert.Equal(1, p.IsFund);
        Assert.Equal(1L, p.GoogleId);
        Assert.Equal(OpenAccountType.Enterprise, p.OpenAccountType);
        Assert.Equal(OneMillisecond, p.LoginTime);
        Assert.Equal(OneMillisecond, p.CreateTime);
        Assert.Equal(1L, p.RelationCustomerId);
        Assert.Equal("text", p.CompanyType);
        Assert.Equal(RegisterSource.H5, p.RegisterSource);
        Assert.Equal(1L, p.AssociationCompanyId);
        Assert.Equal(OneMillisecond, p.RegisterTime);
        Assert.Equal("text", p.UtmSource);
        Assert.Equal(JsonValueKind.Object, p.ForceLevel!.Value.ValueKind);
        Assert.Equal(JsonValueKind.Object, p.EarlyWarningLevel!.Value.ValueKind);
        Assert.Equal(JsonValueKind.Object, p.WithdrawLevel!.Value.ValueKind);
        Assert.Equal("text", p.PostalCode);
        Assert.Equal("text", p.CustomerAgentMark);
        Assert.True(p.ApiCheckSwitch);
        Assert.Equal("text", p.ApiCheckRule);
        Assert.Null(p.Address);                                           // not sent by findCustomerInfo
        Assert.Null(p.CustomerType);
        Assert.Null(p.UnitId);
    }

    [Fact]
    public void Deserialize_ClientSpecLoginExample_ReadsProfileAndAccountArray()
    {
        var p = Read(ClientSpecLoginData);

        Assert.Equal(1176L, p.Id);
        Assert.Equal(360L, p.CompanyId);
        Assert.Equal("86001175", p.CustomerNo);
        Assert.Equal(-1L, p.GoogleId);
        Assert.Null(p.LastName);
        Assert.Equal("CN", p.Country);
        Assert.Equal("2", p.AssertPassStatus);
        Assert.Equal("2", p.LoginPassStatus);
        Assert.Equal("2", p.PayPassStatus);
        Assert.Equal(CustomerStatus.Closing, p.Status);
        Assert.Equal(KycAuditStatus.Passed, p.KycAuditStatus);
        Assert.Equal("The company has not enabled KYC certification, go through directly", p.KycAuditRemark);
        Assert.Null(p.ActivateStatus);
        Assert.Null(p.ActivateTime);
        Assert.Null(p.AssociationCompanyId);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1678360534200), p.LoginTime);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1648777706117), p.RegisterTime);
        Assert.Equal("135******9561", p.Phone);
        Assert.Equal("real", p.CompanyType);

        var account = Assert.Single(p.AccountList);
        Assert.Equal(1031717L, account.AccountId);
        Assert.Equal(1176L, account.CustomerId);
        Assert.Equal(TradeType.Spot, account.TradeType);
        Assert.Equal("USDT", account.Currency);
        Assert.Equal(4, account.Digits);
        Assert.Equal(2904321.4696m, account.Balance);
        Assert.Equal(2904318.4696m, account.Available);
        Assert.Equal(3.0000m, account.Frozen);
        Assert.Equal(0m, account.Profit);
        Assert.Null(account.WholeWarehouseBalance);
        Assert.Null(account.Remark);
        Assert.Equal(AccountStatus.Available, account.Status);
        Assert.Equal(AccountOwnerType.User, account.OwnerType);
        Assert.True(account.OpenAccountStatus);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1648792333492), account.FirstWithdrawTime);
    }

    [Fact]
    public void Deserialize_AccountListAsEmptyObject_ReturnsEmptyList() =>
        Assert.Empty(Read("""{"accountList": {}}""").AccountList);

    [Fact]
    public void Deserialize_AccountListAsArray_ReturnsEveryAccount()
    {
        var p = Read("""{"accountList": [{"accountId": 1, "tradeType": 1}, {"accountId": 2, "tradeType": 5}]}""");

        Assert.Equal([1L, 2L], p.AccountList.Select(a => a.AccountId!.Value));
        Assert.Equal([TradeType.ContractCross, TradeType.Spot], p.AccountList.Select(a => a.TradeType!.Value));
    }

    [Fact]
    public void Deserialize_AccountListAsSingleObject_ReturnsOneAccount()
    {
        var p = Read("""{"accountList": {"accountId": 1003496, "balance": "47.319290", "currency": "USDT"}}""");

        var account = Assert.Single(p.AccountList);
        Assert.Equal(1003496L, account.AccountId);
        Assert.Equal(47.319290m, account.Balance);
    }

    [Theory]
    [InlineData("""{"accountList": null}""")]
    [InlineData("""{"accountList": []}""")]
    [InlineData("{}")]
    public void Deserialize_AccountListNullEmptyOrMissing_ReturnsEmptyList(string json) =>
        Assert.Empty(Read(json).AccountList);

    [Fact]
    public void Deserialize_NumbersAsStrings_ReadsNumbers()
    {
        var p = Read("""{"id": "12", "companyId": "1", "createTime": "1661227305000", "googleId": "-1", "deposit": "1"}""");

        Assert.Equal(12L, p.Id);
        Assert.Equal(1L, p.CompanyId);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1661227305000), p.CreateTime);
        Assert.Equal(-1L, p.GoogleId);
        Assert.Equal(1, p.Deposit);
    }

    [Fact]
    public void Deserialize_StringFieldAsNumber_ReadsText() =>
        Assert.Equal("86000020", Read("""{"customerNo": 86000020}""").CustomerNo);

    [Fact]
    public void Deserialize_UnknownStatus_KeepsValue()
    {
        var p = Read("""{"status": 99, "kycStatus": 7, "registerSource": 42}""");

        Assert.Equal((CustomerStatus)99, p.Status);
        Assert.Equal((KycStatus)7, p.KycStatus);
        Assert.Equal((RegisterSource)42, p.RegisterSource);
    }

    [Fact]
    public void Deserialize_EnumAsNumericString_ReadsMember()
    {
        var p = Read("""{"status": "2", "kycStatus": "-1", "type": "2", "loginPassStatus": 1}""");

        Assert.Equal(CustomerStatus.Disabled, p.Status);
        Assert.Equal(KycStatus.PartiallyVerified, p.KycStatus);
        Assert.Equal(CustomerGroupType.Guest, p.GroupType);
        Assert.Equal("1", p.LoginPassStatus);
    }

    [Fact]
    public void Deserialize_LevelsWithContent_KeepsJson()
    {
        var p = Read("""{"forceLevel": {"level": 50}, "earlyWarningLevel": null, "withdrawLevel": [1]}""");

        Assert.Equal(50, p.ForceLevel!.Value.GetProperty("level").GetInt32());
        Assert.Null(p.EarlyWarningLevel);
        Assert.Equal(JsonValueKind.Array, p.WithdrawLevel!.Value.ValueKind);
    }

    [Theory]
    [InlineData("\"true\"", true)]
    [InlineData("1", true)]
    [InlineData("false", false)]
    public void Deserialize_ApiCheckSwitchForms_ReadsBoolean(string value, bool expected) =>
        Assert.Equal(expected, Read($$"""{"apiCheckSwitch": {{value}}}""").ApiCheckSwitch);

    [Fact]
    public void Deserialize_UnknownFields_AreIgnored() =>
        Assert.Equal(5L, Read("""{"id": 5, "rToken": "abc", "token": "t", "somethingNew": {"a": [1]}}""").Id);
}
