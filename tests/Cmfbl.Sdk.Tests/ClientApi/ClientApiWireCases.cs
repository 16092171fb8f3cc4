using Cmfbl.Sdk.ClientApi;
using Cmfbl.Sdk.Http;
using Cmfbl.Sdk.ClientApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Pagination;
using Cmfbl.Sdk.Security;
using static Cmfbl.Sdk.Http.OperationKind;
using static Cmfbl.Sdk.Tests.ClientApi.ClientApiWireCase;

namespace Cmfbl.Sdk.Tests.ClientApi;

/// <summary>
/// The wire contract of every Client API operation of <c>customer.app.CustomerWebApiService</c> and
/// <c>message.app.VerificationApiService</c>: one case per interface method. Where the vendor's spec has an example,
/// the case uses it verbatim (request body and/or <c>data</c>); elsewhere realistic values from the schema.
/// </summary>
public static class ClientApiWireCases
{
    public const string Md5OfA123456 = "dc483e80a7a0bd9ef71d8cf973673924";
    public const string OtherMd5 = "c64b4a4d8fd3d5b2e0ee34d2e8d2e9a1";

    private const string Web = "customer.app.CustomerWebApiService.";
    private const string Global = "/global/" + Web;

    public static readonly Md5Password A123456 = Md5Password.FromPlainText("a123456");
    public static readonly Md5Password Other = Md5Password.FromMd5Hex(OtherMd5);

    // The spec's login example (data of the 200 answer), verbatim.
    public const string LoginExampleData = """
        {"customerGroupId": 1, "thirdUserId": null, "googleId": -1, "lastName": null, "country": "CN", "kycStatus": 1, "companyKycStatus": 2, "assertPassStatus": "2", "idCard": null, "thirdLoginSource": null, "payPassStatus": "2", "kycAuditRemark": "The company has not enabled KYC certification, go through directly", "source": "H5", "type": 0, "registerSource": 1, "loginPassStatus": "2", "idCardType": null, "loginTime": 1678360534200, "kycRemark": "Not verified", "associationCompanyId": null, "id": 1176, "activateStatus": null, "email": "22**@qq.com", "openAccountType": 0, "accountRemark": null, "companyType": "real", "registerTime": 1648777706117, "activateTime": null, "kycAuditStatus": 2, "optional": 1, "isFund": 0, "token": "a541f9d5-2507-42b3-b790-59e1f755c380app", "firstName": null, "companyId": 360, "thirdIntactMsg": null, "createTime": 1648777706117, "phone": "135******9561", "relationCustomerId": 0, "accountList": [{"netAssets": "2904318.4696", "available": "2904318.4696", "remark": null, "type": 1, "equity": "2904318.4696", "firstDepositTime": 1648785031654, "lockMargin": "0.0000", "balance": "2904321.4696", "interest": "0.0000", "customerId": 1176, "liabilities": "0.0000", "currency": "USDT", "activateStatus": 2, "withdrawAmount": "2904318.4696", "profit": "0", "tradeType": 5, "wholeWarehouseBalance": null, "collateralFrozen": "0.0000", "freeMargin": "0", "margin": "0", "firstWithdrawTime": 1648792333492, "activateTime": 1648792208194, "frozen": "3.0000", "wholeWarehouseRate": null, "accountId": 1031717, "openAccountStatus": true, "companyId": 360, "liabilitiesPrincipal": "0.0000", "interestProportion": null, "createTime": 1648777706190, "lockAmount": "3.0000", "marginRadio": null, "notWithdrawAmount": "0.0000", "availableLoan": null, "digits": 4, "customerNo": "86001175", "status": 2, "assetsId": 13}], "name": null, "phoneArea": "+86", "deposit": 1, "rToken": "291e08e4e0af86b3d8af85f2947a02125a1c1746db58b303b06cc1aba389f4cd", "thirdServerCode": "", "customerNo": "86001175", "status": 6, "withdraw": 1}
        """;

    // The spec's queryCustomerAssetsInfo example (data), verbatim.
    public const string QueryCustomerAssetsInfoExampleData = """
        {"totalAvailable": "348191.9105", "closeProportion": "26.61%", "riskLevel": 2, "totalBalance": "348191.9105", "totalLiabilities": "1308283.6711", "companyId": null, "totalNetAssets": "-960091.7606", "currency": "USDT", "digits": 4, "totalInterest": "1068275.4978", "tradeType": 3, "customerNo": null, "totalLiabilitiesPrincipal": "240008.1733", "accountInfoMap": {"SAND": {"netAssets": "0.000000", "lastOrderId": "0", "available": "0.000000", "remark": null, "type": 1, "equity": "0.000000", "firstDepositTime": null, "lockMargin": "0.000000", "balance": "0.000000", "interest": "0.000000", "customerId": 1176, "liabilities": "0.000000", "currency": "SAND", "activateStatus": 2, "withdrawAmount": "0.000000", "profit": "0", "tradeType": 3, "wholeWarehouseBalance": null, "freeMargin": "0", "margin": "0", "firstWithdrawTime": null, "activateTime": 1648792208194, "weight": null, "frozen": "0.000000", "wholeWarehouseRate": null, "accountId": 1031752, "companyId": 360, "liabilitiesPrincipal": "0.000000", "interestProportion": "0", "createTime": 1648777706190, "lockAmount": "0.000000", "notWithdrawAmount": "0.000000", "digits": 6, "customerNo": "86001175", "status": 2, "assetsId": 29}}}
        """;

    // The spec's registerOfAgentShareLink example (data), verbatim: a copy of the API-key answer, not a registration.
    public const string RegisterOfAgentShareLinkExampleData = """
        {"customerGroupId": null, "sources": null, "apiKey": "47b471e57c394e8fbc18535805e04016", "updateTime": 1677654224184, "expiredTime": 1685430224184, "privateKey": "MIICdQIBADANBgkqhkiG9w0BAQEFAASCAl8wggJbAgEAAoGBAKvivs7OSD2kYMGjDoOQ6ATsnLV7GMZgJUtDW5N4RS+ZEG/unVSgbBxfVRYvJ3TQ7/bmf24Brs+dqEhWrlXHgdxe2ieQ4IBZb94jScUW2GWBlpz1ULCB1UIYF0sp6fzfadgeCkJrEdtC5xcp0dbg6KzAJOT2Qg6fuELt6M6PQsQlAgMBAAECgYA96ixfJDEjey2bMpgMzkq1U2HTgWbYNlPYu4emJEGPtqwUFbi4fhzTT4e/uPaWfpihsD+gqZyFjr3KaObdYUMmPX2gNVn1qtcTICF4Y0MPFhaGIb8hUzi/xJpOUYinOFzZpE3bt1EUvIlIvDzdqDKD6gEs6kh2ana2JPXzZAZiwQJBAOZ3PbrqDNM239/TvD2yzG6Z35thInH1P4ziShn3saOwU5vNYRt4ArfgNYUnjrlSFOYxAtkxr2GCOIUdfiYwd1UCQQC+7fu1FMWFEKnyg2DR0nkaj461EWNgEUD1nCUDP4d71ccUcf6399faatc3XAqzG7+XApxQpVp+eQIS3QefyHmRAkAJGdRaOTvga15T3GymkxT3mSP3YtKVZXXo/lamx90/9YqXsHiROSACWtxCMdm0/8TLgkv2f7vJQfcxaoS8xVUxAkAQbNzImT7c0bAtIsxDgL3WYR8/yH0qGJHkD0jH3MFFEAEOazgkj3fMXICjTJHHEs4KqbjU30THuJVLFiS/xDlhAkA4L4sl3aFVDFo0CUFjSMxFquaYe8QeS8t1eBpUR7PSJcKS80jKrHk4s8SOSf9/yuU/Kbnki4rUTXpR5fSscOqC", "whiteIps": null, "companyId": 368, "createTime": 1677654224184, "customerId": 117, "ipLimit": false, "tag": "2343", "withdrawTime": 1677827024184, "secretKeyMd5": "95cfcea9ef853cd519d65858ddc01dfe", "id": 3, "permissionDTOList": [{"code": "ready_only", "paths": null, "canEdit": false, "name": "Read", "status": 1}, {"code": "trade", "paths": null, "canEdit": true, "name": "Spot Trade", "status": 2}, {"code": "contract_trade", "paths": null, "canEdit": true, "name": "Contract Trade", "status": 2}, {"code": "captial_out", "paths": null, "canEdit": true, "name": "Withdraw", "status": 2}], "customerNo": "86000116", "validityDays": 90, "pubKey": "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQCr4r7Ozkg9pGDBow6DkOgE7Jy1exjGYCVLQ1uTeEUvmRBv7p1UoGwcX1UWLyd00O/25n9uAa7PnahIVq5Vx4HcXtonkOCAWW/eI0nFFthlgZac9VCwgdVCGBdLKen832nYHgpCaxHbQucXKdHW4OiswCTk9kIOn7hC7ejOj0LEJQIDAQAB"}
        """;

    public const string RegisterData = """
        {"customerNo": "86021976", "id": 1201, "companyId": 439, "customerGroupId": 1, "email": "new.customer@example.com", "phone": null, "phoneArea": null, "name": null, "country": "GB", "loginPassStatus": "2", "payPassStatus": "1", "optional": 0, "companyKycStatus": 1, "thirdServerCode": null, "source": "PC_Web", "capitalInStatus": 2, "openAccountType": 0, "companyType": "real", "associationCompanyId": null, "registerTime": 1700000000000, "apiCheckSwitch": false, "apiCheckRule": "", "token": "0b6f2c1e-7d4a-4b8e-9c55-3f1f2a9d8e77app",
         "list": [{"levelCode": "level_1", "levelName": "Basic", "pathCode": "path_1", "pathName": "Identity", "openAccountType": 0, "elementList": [{"elementCode": "firstName", "elementName": "First name", "showType": "input", "extend": null, "elementValue": null, "elementValueInputGroup": null, "elementCodeInputGroup": null}]}]}
        """;

    public const string AccountData = """
        {"accountId": 1031717, "customerId": 1176, "customerNo": "86001175", "companyId": 360, "tradeType": 5, "currency": "USDT", "digits": 4, "assetsId": 13, "type": 1, "status": 2, "activateStatus": 2, "activateTime": 1648792208194, "createTime": 1648777706190, "openAccountStatus": true, "balance": "2904321.4696", "available": "2904318.4696", "equity": "2904318.4696", "netAssets": "2904318.4696", "frozen": "3.0000", "lockAmount": "3.0000", "lockMargin": "0.0000", "margin": "0", "freeMargin": "0", "marginRadio": null, "profit": "0", "interest": "0.0000", "interestProportion": null, "liabilities": "0.0000", "liabilitiesPrincipal": "0.0000", "collateralFrozen": "0.0000", "availableLoan": null, "notWithdrawAmount": "0.0000", "withdrawAmount": "2904318.4696", "wholeWarehouseBalance": null, "wholeWarehouseRate": null, "firstDepositTime": 1648785031654, "firstWithdrawTime": 1648792333492, "remark": null}
        """;

    public const string LiabilitiesPageData = """
        {"total": 1, "size": 20, "current": 1, "records": [{"id": 501, "accountId": 1031752, "remark": null, "createdBy": 0, "createTime": 1700000000000, "updateBy": 0, "updateTime": 1700000000000, "businessType": 20, "businessType1": 20001, "customerNo": "86001175", "digits": 6, "liabilitiesPrincipal": "100.000000", "interest": "0.125000", "interestUpdateTime": 1700003600000, "currency": "SAND", "liabilities": "100.125000"}]}
        """;

    public static IReadOnlyList<ClientApiWireCase> All { get; } =
    [
        // ---- existing operations (login, findCustomerInfo, checkCustomerExist) ----
        new(nameof(ICustomerWebApiService.LoginAsync), "/login/" + Web + "login", "0.0.1", Guest: true, Auth: OperationAuth.TokenWhenAvailable, Read,
            """{"type": 2, "device": 1, "loginName": "13429837442", "isThird": false, "thirdSource": "", "bindThirdUserId": "", "loginPwd": "dc483e80a7a0bd9ef71d8cf973673924"}""",
            LoginExampleData,
            Returns(a => a.Guest.LoginAsync(new LoginRequest { Type = LoginNameType.Phone, LoginName = "13429837442", Password = A123456, ThirdSource = "", BindThirdUserId = "" })),
            r =>
            {
                var login = Assert.IsType<LoginResult>(r);
                Assert.Equal("a541f9d5-2507-42b3-b790-59e1f755c380app", login.Token);
                Assert.Equal("86001175", login.Profile.CustomerNo);
                Assert.Equal(2904321.4696m, Assert.Single(login.Profile.AccountList).Balance);
            }),
        new(nameof(ICustomerWebApiService.FindCustomerInfoAsync), Global + "findCustomerInfo", "0.0.1", Guest: false, Auth: OperationAuth.Token, Read, null,
            """{"id": 1, "companyId": 1, "customerGroupId": 1, "customerNo": "text", "kycAuditStatus": 1, "accountList": {}, "loginPassStatus": "text", "type": 1, "status": 1, "googleId": 1, "loginTime": 1, "apiCheckSwitch": true, "apiCheckRule": "text"}""",
            Returns(a => a.Session.FindCustomerInfoAsync()),
            r =>
            {
                var profile = Assert.IsType<CustomerProfile>(r);
                Assert.Equal("text", profile.CustomerNo);
                Assert.Empty(profile.AccountList);
                Assert.Equal(CustomerStatus.Normal, profile.Status);
            }),
        new(nameof(ICustomerWebApiService.CheckCustomerExistAsync), Global + "checkCustomerExist", "0.0.1", Guest: true, Auth: OperationAuth.TokenWhenAvailable, Read,
            """{"type": 1, "loginName": "new.customer@example.com"}""", "2",
            Returns(a => a.Guest.CheckCustomerExistAsync(new CheckCustomerExistRequest { Type = LoginNameType.Email, LoginName = "new.customer@example.com" })),
            r => Assert.Equal(CustomerExistence.DoesNotExist, r)),

        // ---- registration and guest checks ----
        new(nameof(ICustomerWebApiService.RegisterAsync), "/register/" + Web + "register", "0.0.1", Guest: true, Auth: OperationAuth.TokenWhenAvailable, UnsafeWrite,
            """{"type": 1, "loginName": "new.customer@example.com", "country": "GB", "verifyCode": "482913", "sendToken": "38caf08b-fafd-4cb5-b36c-ebdd1878b974", "registerSource": 2, "pwd": "dc483e80a7a0bd9ef71d8cf973673924", "customerGroupId": 1, "tradeTypeCurrencyList": [{"tradeType": "5", "allCurrency": "USDT"}], "openAccountType": 0, "utmSource": "newsletter", "lang": "en-US"}""",
            RegisterData,
            Returns(a => a.Guest.RegisterAsync(new RegisterRequest
            {
                Type = LoginNameType.Email,
                LoginName = "new.customer@example.com",
                Country = "GB",
                VerifyCode = "482913",
                SendToken = "38caf08b-fafd-4cb5-b36c-ebdd1878b974",
                RegisterSource = RegisterSource.PcWeb,
                Password = A123456,
                CustomerGroupId = 1,
                TradeTypeCurrencyList = [TradeTypeCurrency.Create(TradeType.Spot, "USDT")],
                OpenAccountType = OpenAccountType.Individual,
                UtmSource = "newsletter",
                Lang = "en-US",
            })),
            r =>
            {
                var result = Assert.IsType<RegisterResult>(r);
                Assert.Equal("86021976", result.CustomerNo);
                Assert.Equal("0b6f2c1e-7d4a-4b8e-9c55-3f1f2a9d8e77app", result.Token);
                Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1700000000000), result.RegisterTime);
                var level = Assert.Single(result.KycLevels);
                Assert.Equal("level_1", level.LevelCode);
                Assert.Equal("firstName", Assert.Single(level.ElementList).ElementCode);
            }),
        new(nameof(ICustomerWebApiService.RegisterOfAgentShareLinkAsync), Global + "registerOfAgentShareLink", "0.0.1", Guest: true, Auth: OperationAuth.TokenWhenAvailable, UnsafeWrite,
            """{"registerSource": 1, "type": 2, "country": "CN", "loginName": "18168114637", "thirdServerCode": "86021560", "pwd": "dc483e80a7a0bd9ef71d8cf973673924", "customerGroupId": 1}""",
            RegisterOfAgentShareLinkExampleData,
            Returns(a => a.Guest.RegisterOfAgentShareLinkAsync(new RegisterOfAgentShareLinkRequest
            {
                RegisterSource = RegisterSource.H5,
                Type = LoginNameType.Phone,
                Country = "CN",
                LoginName = "18168114637",
                ThirdServerCode = "86021560",
                Password = A123456,
                CustomerGroupId = 1,
            })),
            r =>
            {
                // The example is a copy of the API-key answer: the registration fields it shares still read, the rest is ignored.
                var result = Assert.IsType<RegisterResult>(r);
                Assert.Equal("86000116", result.CustomerNo);
                Assert.Equal(3, result.Id);
                Assert.Equal(368, result.CompanyId);
                Assert.Null(result.CustomerGroupId);
                Assert.Null(result.Token);
                Assert.Empty(result.KycLevels);
            }),
        new(nameof(ICustomerWebApiService.GroupListAsync), Global + "groupList", "0.0.1", Guest: true, Auth: OperationAuth.TokenWhenAvailable, Read, null,
            """[{"id": 1, "name": "Default", "openAccountType": 1, "type": 0}, {"id": 7, "name": "Demo", "openAccountType": 0, "type": 1}]""",
            Returns(a => a.Guest.GroupListAsync()),
            r =>
            {
                var groups = Assert.IsAssignableFrom<IReadOnlyList<ClientCustomerGroup>>(r);
                Assert.Equal(2, groups.Count);
                Assert.Equal(1, groups[0].OpenAccountType);
                Assert.Equal(CustomerGroupType.Demo, groups[1].Type);
            }),
        new(nameof(ICustomerWebApiService.CheckStatusAsync), Global + "checkStatus", "0.0.1", Guest: false, Auth: OperationAuth.Token, Read,
            """{"loginName": "13800138000", "type": 2}""",
            """{"country": "CN", "phoneArea": "+86", "status": 1}""",
            Returns(a => a.Session.CheckStatusAsync(new CheckStatusRequest { LoginName = "13800138000", Type = LoginNameType.Phone })),
            r =>
            {
                var status = Assert.IsType<CustomerStatusInfo>(r);
                Assert.Equal(LoginNameStatus.Exists, status.Status);
                Assert.Equal("CN", status.Country);
                Assert.Equal("+86", status.PhoneArea);
            }),
        new(nameof(ICustomerWebApiService.CheckGoogleMfaStatusAsync), Global + "checkGoogleMFAStatus", "0.0.1", Guest: true, Auth: OperationAuth.TokenWhenAvailable, Read,
            """{"loginName": "22@qq.com", "type": 1}""", "-1",
            Returns(a => a.Guest.CheckGoogleMfaStatusAsync(new CheckGoogleMfaStatusRequest { LoginName = "22@qq.com", Type = LoginNameType.Email })),
            r => Assert.Equal(-1L, r)),
        new(nameof(ICustomerWebApiService.ForgetLoginPwdAsync), Global + "forgetLoginPwd", "0.0.1", Guest: true, Auth: OperationAuth.TokenWhenAvailable, UnsafeWrite,
            """{"loginName": "22@qq.com", "type": 1, "newPwd": "c64b4a4d8fd3d5b2e0ee34d2e8d2e9a1", "verifyCode": "232123", "sendToken": "send-1", "verifyCodeToken": "check-1", "googleCode": "654321"}""",
            "null",
            Completes(a => a.Guest.ForgetLoginPwdAsync(new ForgetLoginPwdRequest
            {
                LoginName = "22@qq.com",
                Type = LoginNameType.Email,
                NewPassword = Other,
                VerifyCode = "232123",
                SendToken = "send-1",
                VerifyCodeToken = "check-1",
                GoogleCode = "654321",
            })),
            Nothing),
        new(nameof(ICustomerWebApiService.CheckTokenAsync), Global + "checkToken", "0.0.1", Guest: true, Auth: OperationAuth.TokenWhenAvailable, Read,
            """{"companyId": 439, "checkToken": "link-token-1"}""",
            """{"errorCode": "0", "email": "22**@qq.com", "bool": "yes"}""",
            Returns(a => a.Guest.CheckTokenAsync(new CheckTokenRequest { CompanyId = 439, CheckToken = "link-token-1" })),
            r =>
            {
                var check = Assert.IsType<CheckTokenResult>(r);
                Assert.Equal("0", check.ErrorCode);
                Assert.Equal("22**@qq.com", check.Email);
                Assert.Equal("yes", check.EmailExists);
            }),
        new(nameof(ICustomerWebApiService.CheckPhoneAsync), Global + "checkPhone", "0.0.1", Guest: true, Auth: OperationAuth.TokenWhenAvailable, UnsafeWrite,
            """{"checkToken": "link-token-1", "phoneArea": "+86", "phone": "13512331033", "smsVerifyCode": "51", "smsSendToken": "cillum"}""",
            "\"valid-token-1\"",
            Returns(a => a.Guest.CheckPhoneAsync(new CheckPhoneRequest { CheckToken = "link-token-1", PhoneArea = "+86", Phone = "13512331033", SmsVerifyCode = "51", SmsSendToken = "cillum" })),
            r => Assert.Equal("valid-token-1", r)),
        new(nameof(ICustomerWebApiService.CheckPhoneForRetriedLoginPwdAsync), Global + "checkPhoneForRetriedLoginPwd", "0.0.1", Guest: true, Auth: OperationAuth.TokenWhenAvailable, UnsafeWrite,
            """{"phone": "13512331033", "phoneArea": "18163849750", "smsVerifyCode": "51", "smsSendToken": "cillum"}""",
            "\"valid-token-2\"",
            Returns(a => a.Guest.CheckPhoneForRetriedLoginPwdAsync(new CheckPhoneForRetriedLoginPwdRequest { Phone = "13512331033", PhoneArea = "18163849750", SmsVerifyCode = "51", SmsSendToken = "cillum" })),
            r => Assert.Equal("valid-token-2", r)),
        new(nameof(ICustomerWebApiService.RetrieveLoginPwdAsync), Global + "retrieveLoginPwd", "0.0.1", Guest: true, Auth: OperationAuth.TokenWhenAvailable, UnsafeWrite,
            """{"newPwd": "c64b4a4d8fd3d5b2e0ee34d2e8d2e9a1", "validToken": "valid-token-2"}""", "null",
            Completes(a => a.Guest.RetrieveLoginPwdAsync(new RetrieveLoginPwdRequest { NewPassword = Other, ValidToken = "valid-token-2" })),
            Nothing),
        new(nameof(ICustomerWebApiService.FirstSetLoginPwdAsync), Global + "firstSetLoginPwd", "0.0.1", Guest: true, Auth: OperationAuth.TokenWhenAvailable, UnsafeWrite,
            """{"newPwd": "dc483e80a7a0bd9ef71d8cf973673924", "device": 2, "validToken": "valid-token-1"}""",
            """{"id": 61, "thirdServerCode": "48", "token": "velit eiusmod", "companyId": 67, "relationCustomerId": 6, "country": "commodo ex culpa ea", "associationCompanyId": 19, "source": "sit velit tempor et enim", "companyType": "eiusmod", "customerNo": "cillum tempor sed aute aliquip", "customerGroupId": 67}""",
            Returns(a => a.Guest.FirstSetLoginPwdAsync(new FirstSetLoginPwdRequest { NewPassword = A123456, Device = RegisterSource.PcWeb, ValidToken = "valid-token-1" })),
            r =>
            {
                var login = Assert.IsType<LoginResult>(r);
                Assert.Equal("velit eiusmod", login.Token);
                Assert.Equal(61, login.Profile.Id);
                Assert.Equal("cillum tempor sed aute aliquip", login.Profile.CustomerNo);
                Assert.Equal(67, login.Profile.CustomerGroupId);
            }),

        // ---- profile and account queries ----
        new(nameof(ICustomerWebApiService.FindCustomerLangAsync), Global + "findCustomerLang", "0.0.1", Guest: false, Auth: OperationAuth.Token, Read, null, "\"en-US\"",
            Returns(a => a.Session.FindCustomerLangAsync()),
            r => Assert.Equal("en-US", r)),
        new(nameof(ICustomerWebApiService.FindPhoneAndEmailAsync), Global + "findPhoneAndEmail", "0.0.1", Guest: false, Auth: OperationAuth.Token, Read, null,
            """{"customerNo": "86001175", "email": "22**@qq.com", "phone": "135******9561", "phoneArea": "+86"}""",
            Returns(a => a.Session.FindPhoneAndEmailAsync()),
            r =>
            {
                var contact = Assert.IsType<CustomerContact>(r);
                Assert.Equal("86001175", contact.CustomerNo);
                Assert.Equal("135******9561", contact.Phone);
                Assert.Equal("+86", contact.PhoneArea);
                Assert.Equal("22**@qq.com", contact.Email);
            }),
        new(nameof(ICustomerWebApiService.FindThirdAccountInfoAsync), Global + "findThirdAccountInfo", "0.0.1", Guest: false, Auth: OperationAuth.Token, Read, null,
            """{"customerNo": "86001175", "thirdLoginSource": "google,telegram", "thirdUserId": "1029384756,5512", "thirdIntactMsg": "{\"id\":5512}", "tgStatus": "SUBSCRIBE"}""",
            Returns(a => a.Session.FindThirdAccountInfoAsync()),
            r =>
            {
                var info = Assert.IsType<ThirdAccountInfo>(r);
                Assert.Equal("google,telegram", info.ThirdLoginSource);
                Assert.Equal("1029384756,5512", info.ThirdUserId);
                Assert.Equal("{\"id\":5512}", info.ThirdIntactMsg);
                Assert.Equal("SUBSCRIBE", info.TgStatus);
            }),
        new(nameof(ICustomerWebApiService.QueryAccountByIdAsync), Global + "queryAccountById", "0.0.1", Guest: false, Auth: OperationAuth.Token, Read,
            """{"tradeType": 5, "accountId": 1031717}""", AccountData,
            Returns(a => a.Session.QueryAccountByIdAsync(new QueryAccountByIdRequest { TradeType = TradeType.Spot, AccountId = 1031717 })),
            r =>
            {
                var account = Assert.IsType<TradingAccount>(r);
                Assert.Equal(1031717, account.AccountId);
                Assert.Equal(2904321.4696m, account.Balance);
                Assert.Equal(AccountStatus.Available, account.Status);
                Assert.Null(account.MarginRatio);
            }),
        new(nameof(ICustomerWebApiService.QueryAccountAssetsInfoAsync), Global + "queryAccountAssetsInfo", "0.0.1", Guest: false, Auth: OperationAuth.Token, Read,
            """{"tradeType": 3, "accountCurrency": "SAND"}""",
            """{"accountId": 1031752, "customerId": 1176, "customerNo": "86001175", "companyId": 360, "tradeType": 3, "currency": "SAND", "digits": 6, "balance": "12.500000", "available": "10.000000", "liabilities": "100.125000", "liabilitiesPrincipal": "100.000000", "interest": "0.125000", "availableLoan": "900.000000", "withdrawAmount": "10.000000"}""",
            Returns(a => a.Session.QueryAccountAssetsInfoAsync(new QueryAccountAssetsInfoRequest { TradeType = TradeType.Leverage, AccountCurrency = "SAND" })),
            r =>
            {
                var account = Assert.IsType<TradingAccount>(r);
                Assert.Equal("SAND", account.Currency);
                Assert.Equal(TradeType.Leverage, account.TradeType);
                Assert.Equal(100.125000m, account.Liabilities);
                Assert.Equal(900.000000m, account.AvailableLoan);
            }),
        new(nameof(ICustomerWebApiService.QueryCustomerAssetsAsync), Global + "queryCustomerAssets", "0.0.1", Guest: false, Auth: OperationAuth.Token, Read,
            """{"tradeType": 5}""",
            """{"balance": "109849160.9462", "currency": "USDT", "digits": 4, "assetsId": 13}""",
            Returns(a => a.Session.QueryCustomerAssetsAsync(new QueryCustomerAssetsRequest { TradeType = TradeType.Spot })),
            r =>
            {
                var assets = Assert.IsType<CustomerAssets>(r);
                Assert.Equal(109849160.9462m, assets.Balance);
                Assert.Equal("USDT", assets.Currency);
                Assert.Equal(4, assets.Digits);
                Assert.Equal(13, assets.AssetsId);
            }),
        new(nameof(ICustomerWebApiService.QueryCustomerAssetsInfoAsync), Global + "queryCustomerAssetsInfo", "0.0.1", Guest: false, Auth: OperationAuth.Token, Read,
            """{"tradeType": 3, "accountCurrency": "SAND,USDT"}""", QueryCustomerAssetsInfoExampleData,
            Returns(a => a.Session.QueryCustomerAssetsInfoAsync(new QueryCustomerAssetsInfoRequest { TradeType = TradeType.Leverage, AccountCurrency = "SAND,USDT" })),
            r =>
            {
                var info = Assert.IsType<CustomerAssetsInfo>(r);
                Assert.Equal(-960091.7606m, info.TotalNetAssets);
                Assert.Equal("26.61%", info.CloseProportion);
                Assert.Equal(2, info.RiskLevel);
                Assert.Null(info.CompanyId);
                Assert.Equal(TradeType.Leverage, info.TradeType);
                var sand = Assert.Single(info.AccountInfoMap);
                Assert.Equal("SAND", sand.Currency);
                Assert.Equal(1031752, sand.AccountId);
                Assert.Equal(0.000000m, sand.Balance);
                Assert.Null(sand.FirstDepositTime);
            }),
        new(nameof(ICustomerWebApiService.QueryLiabilitiesWaterByPageAsync), Global + "queryLiabilitiesWaterByPage", "0.0.1", Guest: false, Auth: OperationAuth.Token, Read,
            """{"tradeType": 3, "current": 1, "size": 20, "liabilitiesType": 1, "startTime": 1700000000000, "endTime": 1700086400000, "accountId": 1031752}""",
            LiabilitiesPageData,
            Returns(a => a.Session.QueryLiabilitiesWaterByPageAsync(new QueryLiabilitiesWaterByPageRequest
            {
                TradeType = TradeType.Leverage,
                LiabilitiesType = LiabilitiesType.Loan,
                StartTime = DateTimeOffset.FromUnixTimeMilliseconds(1700000000000),
                EndTime = DateTimeOffset.FromUnixTimeMilliseconds(1700086400000),
                AccountId = 1031752,
            })),
            r =>
            {
                var page = Assert.IsType<PagedResult<LiabilityRecord>>(r);
                Assert.Equal(1, page.Total);
                var record = Assert.Single(page.Records);
                Assert.Equal(20, record.BusinessType);
                Assert.Equal(20001, record.BusinessType1);
                Assert.Equal(100.125000m, record.Liabilities);
                Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1700003600000), record.InterestUpdateTime);
            }),
        new(nameof(ICustomerWebApiService.QueryLatestBalanceOfUserAccountInExternalSystemAsync), Global + "queryLatestBalanceOfUserAccountInExternalSystem", "0.0.1", Guest: false, Auth: OperationAuth.Token, Read, null,
            """{"amount": "1250.50", "currency": "USD", "amountDigits": "2"}""",
            Returns(a => a.Session.QueryLatestBalanceOfUserAccountInExternalSystemAsync()),
            r =>
            {
                var balance = Assert.IsType<ExternalAccountBalance>(r);
                Assert.Equal(1250.50m, balance.Amount);
                Assert.Equal("USD", balance.Currency);
                Assert.Equal(2, balance.AmountDigits);
            }),
        new(nameof(ICustomerWebApiService.QueryCustomerOfAgentPageAsync), Global + "queryCustomerOfAgentPage", "0.0.1", Guest: false, Auth: OperationAuth.Token, Read,
            """{"size": 20, "current": 1}""",
            """{"total": 1, "size": 20, "current": 1, "records": [{"id": 1301, "createTime": 1700000000000, "updateTime": 1700000500000, "customerGroupId": 1, "customerGroupName": "Default", "status": 1, "companyId": 439, "customerNo": "86021977", "phone": "18168114637", "phoneArea": "+86", "registerSource": 1, "unitId": 0, "firstName": "Li", "lastName": "Wei", "email": null, "customerType": 0}]}""",
            Returns(a => a.Session.QueryCustomerOfAgentPageAsync(new QueryCustomerOfAgentPageRequest())),
            r =>
            {
                var page = Assert.IsType<PagedResult<AgentCustomer>>(r);
                var customer = Assert.Single(page.Records);
                Assert.Equal("86021977", customer.CustomerNo);
                Assert.Equal(CustomerStatus.Normal, customer.Status);
                Assert.Equal(RegisterSource.H5, customer.RegisterSource);
                Assert.Equal(CustomerType.Default, customer.CustomerType);
                Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1700000000000), customer.CreateTime);
            }),

        // ---- passwords ----
        new(nameof(ICustomerWebApiService.BindLoginPwdAsync), Global + "bindLoginPwd", "0.0.1", Guest: false, Auth: OperationAuth.Token, UnsafeWrite,
            """{"pwd": "dc483e80a7a0bd9ef71d8cf973673924", "googleCode": "123456"}""", "null",
            Completes(a => a.Session.BindLoginPwdAsync(new BindLoginPwdRequest { Password = A123456, GoogleCode = "123456" })), Nothing),
        new(nameof(ICustomerWebApiService.UpdateLoginPwdAsync), Global + "updateLoginPwd", "0.0.1", Guest: false, Auth: OperationAuth.Token, UnsafeWrite,
            """{"oldPwd": "dc483e80a7a0bd9ef71d8cf973673924", "newPwd": "c64b4a4d8fd3d5b2e0ee34d2e8d2e9a1"}""", "null",
            Completes(a => a.Session.UpdateLoginPwdAsync(new UpdateLoginPwdRequest { OldPassword = A123456, NewPassword = Other })), Nothing),
        new(nameof(ICustomerWebApiService.UpdateLoginPwdMfaAsync), Global + "updateLoginPwdMFA", "0.0.1", Guest: false, Auth: OperationAuth.Token, UnsafeWrite,
            """{"oldPwd": "dc483e80a7a0bd9ef71d8cf973673924", "newPwd": "c64b4a4d8fd3d5b2e0ee34d2e8d2e9a1", "verifyCode": "712311", "sendToken": "send-2", "type": 2}""", "null",
            Completes(a => a.Session.UpdateLoginPwdMfaAsync(new UpdateLoginPwdMfaRequest { OldPassword = A123456, NewPassword = Other, VerifyCode = "712311", SendToken = "send-2", Type = VerificationChannel.Sms })), Nothing),
        new(nameof(ICustomerWebApiService.FirstTimeSettingLoginPasswordAsync), Global + "firstTimeSettingLoginPassword", "0.0.1", Guest: false, Auth: OperationAuth.Token, UnsafeWrite,
            """{"newPwd": "dc483e80a7a0bd9ef71d8cf973673924"}""", "null",
            Completes(a => a.Session.FirstTimeSettingLoginPasswordAsync(new FirstTimeSettingLoginPasswordRequest { NewPassword = A123456 })), Nothing),
        new(nameof(ICustomerWebApiService.BindAssetsPwdAsync), Global + "bindAssertsPwd", "0.0.1", Guest: false, Auth: OperationAuth.Token, UnsafeWrite,
            """{"pwd": "c64b4a4d8fd3d5b2e0ee34d2e8d2e9a1", "googleCode": "44"}""", "null",
            Completes(a => a.Session.BindAssetsPwdAsync(new BindAssetsPwdRequest { Password = Other, GoogleCode = "44" })), Nothing),
        new(nameof(ICustomerWebApiService.BindAssetsPwdMfaAsync), Global + "bindAssertsPwdMFA", "0.0.1", Guest: false, Auth: OperationAuth.Token, UnsafeWrite,
            """{"newPwd": "c64b4a4d8fd3d5b2e0ee34d2e8d2e9a1", "type": 1, "verifyCode": "712311", "sendToken": "send-3"}""", "null",
            Completes(a => a.Session.BindAssetsPwdMfaAsync(new BindAssetsPwdMfaRequest { NewPassword = Other, Type = VerificationChannel.Email, VerifyCode = "712311", SendToken = "send-3" })), Nothing),
        new(nameof(ICustomerWebApiService.UpdateAssetsPwdAsync), Global + "updateAssertsPwd", "0.0.1", Guest: false, Auth: OperationAuth.Token, UnsafeWrite,
            """{"oldPwd": "c64b4a4d8fd3d5b2e0ee34d2e8d2e9a1", "newPwd": "dc483e80a7a0bd9ef71d8cf973673924", "googleCode": "654321"}""", "null",
            Completes(a => a.Session.UpdateAssetsPwdAsync(new UpdateAssetsPwdRequest { OldPassword = Other, NewPassword = A123456, GoogleCode = "654321" })), Nothing),
        new(nameof(ICustomerWebApiService.UpdateAssetsPwdMfaAsync), Global + "updateAssertsPwdMFA", "0.0.1", Guest: false, Auth: OperationAuth.Token, UnsafeWrite,
            """{"oldPwd": "c64b4a4d8fd3d5b2e0ee34d2e8d2e9a1", "newPwd": "dc483e80a7a0bd9ef71d8cf973673924", "verifyCode": "712311", "sendToken": "send-4", "type": 1}""", "null",
            Completes(a => a.Session.UpdateAssetsPwdMfaAsync(new UpdateAssetsPwdMfaRequest { OldPassword = Other, NewPassword = A123456, VerifyCode = "712311", SendToken = "send-4", Type = VerificationChannel.Email })), Nothing),
        new(nameof(ICustomerWebApiService.ForgetAssetsPwdAsync), Global + "forgetAssertsPwd", "0.0.1", Guest: false, Auth: OperationAuth.Token, UnsafeWrite,
            """{"newPwd": "c64b4a4d8fd3d5b2e0ee34d2e8d2e9a1", "type": 1, "loginName": "56234161@qq.com", "verifyCode": "232123", "sendToken": "asdsadasdasdsadsadsadsadad", "verifyCodeToken": "adczczxczczczxczczxczxczxc"}""", "null",
            Completes(a => a.Session.ForgetAssetsPwdAsync(new ForgetAssetsPwdRequest
            {
                NewPassword = Other,
                Type = LoginNameType.Email,
                LoginName = "56234161@qq.com",
                VerifyCode = "232123",
                SendToken = "asdsadasdasdsadsadsadsadad",
                VerifyCodeToken = "adczczxczczczxczczxczxczxc",
            })),
            Nothing),
        new(nameof(ICustomerWebApiService.ForgetAssetsPwdWithGoogleCodeAsync), Global + "forgetAssertsPwdV1v1v2", "0.0.1", Guest: false, Auth: OperationAuth.Token, UnsafeWrite,
            """{"newPwd": "c64b4a4d8fd3d5b2e0ee34d2e8d2e9a1", "verifyCode": "232123", "sendToken": "send-5", "type": 2, "googleCode": "654321"}""", "null",
            Completes(a => a.Session.ForgetAssetsPwdWithGoogleCodeAsync(new ForgetAssetsPwdWithGoogleCodeRequest { NewPassword = Other, VerifyCode = "232123", SendToken = "send-5", Type = VerificationChannel.Sms, GoogleCode = "654321" })), Nothing),
        new(nameof(ICustomerWebApiService.ForgetAssetsPwdMfaAsync), Global + "forgetAssertsPwdMFA", "0.0.1", Guest: false, Auth: OperationAuth.Token, UnsafeWrite,
            """{"newPwd": "c64b4a4d8fd3d5b2e0ee34d2e8d2e9a1", "type": 1, "verifyCode": "712311", "sendToken": "send-6"}""", "null",
            Completes(a => a.Session.ForgetAssetsPwdMfaAsync(new ForgetAssetsPwdMfaRequest { NewPassword = Other, Type = VerificationChannel.Email, VerifyCode = "712311", SendToken = "send-6" })), Nothing),

        // ---- e-mail and phone ----
        new(nameof(ICustomerWebApiService.BindEmailAsync), Global + "bindEmail", "0.0.1", Guest: false, Auth: OperationAuth.Token, UnsafeWrite,
            """{"email": "a@example.com", "emailArea": "+44", "verifyCode": "112233", "sendToken": "send-7"}""", "null",
            Completes(a => a.Session.BindEmailAsync(new BindEmailRequest { Email = "a@example.com", EmailArea = "+44", VerifyCode = "112233", SendToken = "send-7" })), Nothing),
        new(nameof(ICustomerWebApiService.BindPhoneAsync), Global + "bindPhone", "0.0.1", Guest: false, Auth: OperationAuth.Token, UnsafeWrite,
            """{"phoneArea": "+44", "phone": "7700900123", "verifyCode": "112233", "sendToken": "send-8", "googleCode": "654321"}""", "null",
            Completes(a => a.Session.BindPhoneAsync(new BindPhoneRequest { PhoneArea = "+44", Phone = "7700900123", VerifyCode = "112233", SendToken = "send-8", GoogleCode = "654321" })), Nothing),
        new(nameof(ICustomerWebApiService.ChangeEmailAsync), Global + "changeEmail", "0.0.1", Guest: false, Auth: OperationAuth.Token, UnsafeWrite,
            """{"email": "b@example.com", "emailArea": "+44", "verifyCode": "445566", "sendToken": "send-9"}""", "null",
            Completes(a => a.Session.ChangeEmailAsync(new ChangeEmailRequest { Email = "b@example.com", EmailArea = "+44", VerifyCode = "445566", SendToken = "send-9" })), Nothing),
        new(nameof(ICustomerWebApiService.ChangeEmailWithGoogleCodeAsync), Global + "changeEmailV1v1v2", "0.0.1", Guest: false, Auth: OperationAuth.Token, UnsafeWrite,
            """{"email": "b@example.com", "emailArea": "+44", "verifyCode": "445566", "sendToken": "send-10", "verifyCodeOld": "778899", "sendTokenOld": "send-11"}""", "null",
            Completes(a => a.Session.ChangeEmailWithGoogleCodeAsync(new ChangeEmailWithGoogleCodeRequest { Email = "b@example.com", EmailArea = "+44", VerifyCode = "445566", SendToken = "send-10", VerifyCodeOld = "778899", SendTokenOld = "send-11" })), Nothing),
        new(nameof(ICustomerWebApiService.ChangeEmailMfaAsync), Global + "changeEmailMFA", "0.0.1", Guest: false, Auth: OperationAuth.Token, UnsafeWrite,
            """{"verifyCodeNew": "57", "email": "k.uogz@qq.com", "sendTokenNew": "non", "verifyCodeOld": "72", "sendTokenOld": "velit ut officia minim non", "type": 1, "googleCode": "64"}""", "null",
            Completes(a => a.Session.ChangeEmailMfaAsync(new ChangeEmailMfaRequest { VerifyCodeNew = "57", Email = "k.uogz@qq.com", SendTokenNew = "non", VerifyCodeOld = "72", SendTokenOld = "velit ut officia minim non", Type = VerificationChannel.Email, GoogleCode = "64" })), Nothing),
        new(nameof(ICustomerWebApiService.ChangePhoneAsync), Global + "changePhone", "0.0.1", Guest: false, Auth: OperationAuth.Token, UnsafeWrite,
            """{"phoneArea": "+86", "phone": "13800138001", "verifyCode": "445566", "sendToken": "send-12"}""", "null",
            Completes(a => a.Session.ChangePhoneAsync(new ChangePhoneRequest { PhoneArea = "+86", Phone = "13800138001", VerifyCode = "445566", SendToken = "send-12" })), Nothing),
        new(nameof(ICustomerWebApiService.ChangePhoneWithGoogleCodeAsync), Global + "changePhoneV1v1v2", "0.0.1", Guest: false, Auth: OperationAuth.Token, UnsafeWrite,
            """{"phoneArea": "+86", "phone": "13800138001", "verifyCode": "445566", "sendToken": "send-13", "googleCode": "654321"}""", "null",
            Completes(a => a.Session.ChangePhoneWithGoogleCodeAsync(new ChangePhoneWithGoogleCodeRequest { PhoneArea = "+86", Phone = "13800138001", VerifyCode = "445566", SendToken = "send-13", GoogleCode = "654321" })), Nothing),
        new(nameof(ICustomerWebApiService.ChangePhoneMfaAsync), Global + "changePhoneMFA", "0.0.1", Guest: false, Auth: OperationAuth.Token, UnsafeWrite,
            """{"verifyCodeNew": "12", "phoneArea": "19845120732", "sendTokenNew": "laborum Ut", "verifyCodeOld": "18", "sendTokenOld": "enim aute dolor culpa", "type": 1, "phone": "18639656874", "googleCode": "97"}""", "null",
            Completes(a => a.Session.ChangePhoneMfaAsync(new ChangePhoneMfaRequest { VerifyCodeNew = "12", PhoneArea = "19845120732", SendTokenNew = "laborum Ut", VerifyCodeOld = "18", SendTokenOld = "enim aute dolor culpa", Type = VerificationChannel.Email, Phone = "18639656874", GoogleCode = "97" })), Nothing),
        new(nameof(ICustomerWebApiService.FirstSetPhoneAsync), Global + "firstSetPhone", "0.0.1", Guest: false, Auth: OperationAuth.Token, UnsafeWrite,
            """{"verifyCode": "57", "phoneArea": "18127152839", "sendToken": "occaecat exercitation", "verifyCodeThirdType": "21", "sendTokenThirdType": "ad pariatur ut", "thirdSource": "occaecat voluptate sit tempor", "phone": "18190281711"}""", "null",
            Completes(a => a.Session.FirstSetPhoneAsync(new FirstSetPhoneRequest { VerifyCode = "57", PhoneArea = "18127152839", SendToken = "occaecat exercitation", VerifyCodeThirdType = "21", SendTokenThirdType = "ad pariatur ut", ThirdSource = "occaecat voluptate sit tempor", Phone = "18190281711" })), Nothing),
        new(nameof(ICustomerWebApiService.FirstSetEmailAsync), Global + "firstSetEmail", "0.0.1", Guest: false, Auth: OperationAuth.Token, UnsafeWrite,
            """{"verifyCode": "57", "sendToken": "occaecat exercitation", "verifyCodeThirdType": "21", "sendTokenThirdType": "ad pariatur ut", "thirdSource": "occaecat voluptate sit tempor", "email": "18190281711@qq.com"}""", "null",
            Completes(a => a.Session.FirstSetEmailAsync(new FirstSetEmailRequest { VerifyCode = "57", SendToken = "occaecat exercitation", VerifyCodeThirdType = "21", SendTokenThirdType = "ad pariatur ut", ThirdSource = "occaecat voluptate sit tempor", Email = "18190281711@qq.com" })), Nothing),

        // ---- MFA, third party, profile changes, cancellation ----
        new(nameof(ICustomerWebApiService.EnableOrForbidMfaAsync), Global + "enableOrForbidMFA", "0.0.1", Guest: false, Auth: OperationAuth.Token, UnsafeWrite,
            """{"type": 1, "googleId": 9001, "googleCode": "654321", "verifyCodeSMS": "111111", "sendTokenSMS": "send-14", "verifyCodeEmail": "222222", "sendTokenEmail": "send-15"}""", "null",
            Completes(a => a.Session.EnableOrForbidMfaAsync(new EnableOrForbidMfaRequest { Type = MfaSwitch.Enable, GoogleId = 9001, GoogleCode = "654321", VerifyCodeSms = "111111", SendTokenSms = "send-14", VerifyCodeEmail = "222222", SendTokenEmail = "send-15" })), Nothing),
        new(nameof(ICustomerWebApiService.BindThirdAccountAsync), Global + "bindThirdAccount", "0.0.1", Guest: false, Auth: OperationAuth.Token, UnsafeWrite,
            """{"thirdLoginSource": "telegram", "thirdUserId": "5512", "thirdIntactMsg": "{\"id\":5512,\"username\":\"li_wei\"}"}""", "null",
            Completes(a => a.Session.BindThirdAccountAsync(new BindThirdAccountRequest { ThirdLoginSource = "telegram", ThirdUserId = "5512", ThirdIntactMsg = "{\"id\":5512,\"username\":\"li_wei\"}" })), Nothing),
        new(nameof(ICustomerWebApiService.ChangeLangAsync), Global + "changeLang", "0.0.1", Guest: false, Auth: OperationAuth.Token, KeyedWrite,
            """{"newLang": "zh-CN"}""", "null",
            Completes(a => a.Session.ChangeLangAsync(new ChangeLangRequest { NewLang = "zh-CN" })), Nothing),
        new(nameof(ICustomerWebApiService.ChangeCustomerAddressAndPostalCodeAsync), Global + "changeCustomerAddressAndPostalCode", "0.0.1", Guest: false, Auth: OperationAuth.Token, KeyedWrite,
            """{"postalCode": "90210", "address": "Da Dong Men, Wuhan, Hubei, China"}""", "null",
            Completes(a => a.Session.ChangeCustomerAddressAndPostalCodeAsync(new ChangeCustomerAddressAndPostalCodeRequest { PostalCode = "90210", Address = "Da Dong Men, Wuhan, Hubei, China" })), Nothing),
        new(nameof(ICustomerWebApiService.ChangeCountryAsync), Global + "changeCountry", "0.0.1", Guest: false, Auth: OperationAuth.Token, UnsafeWrite,
            """{"newCountry": "SG"}""", "null",
            Completes(a => a.Session.ChangeCountryAsync(new ChangeCountryRequest { NewCountry = "SG" })), Nothing),
        new(nameof(ICustomerWebApiService.DestroyAsync), Global + "destroy", "0.0.1", Guest: false, Auth: OperationAuth.Token, UnsafeWrite,
            """{"remark": "moving abroad"}""", "null",
            Completes(a => a.Session.DestroyAsync(new DestroyRequest { Remark = "moving abroad" })), Nothing),

        // ---- message.app.VerificationApiService ----
        new(nameof(IVerificationApiService.VerifyCodeSendAsync), "/global/message.app.VerificationApiService.verifyCodeSend", "0.0.1", Guest: true, Auth: OperationAuth.TokenWhenAvailable, UnsafeWrite,
            """{"companyId": 39, "bizType": "EMAIL_PASSWORD_VERIFICATION_CODE", "toUser": "4632144@qq.com", "customerId": 88}""",
            """{"token": "38caf08b-fafd-4cb5-b36c-ebdd1878b974"}""",
            Returns(a => a.Verification.VerifyCodeSendAsync(new VerifyCodeSendRequest { CompanyId = 39, BizType = VerificationCodeType.EmailPassword, ToUser = "4632144@qq.com", CustomerId = 88 })),
            r => Assert.Equal("38caf08b-fafd-4cb5-b36c-ebdd1878b974", Assert.IsType<VerifyCodeSendResult>(r).SendToken)),
        new(nameof(IVerificationApiService.VerifyCodeSendWithCaptchaAsync), "/global/message.app.VerificationApiService.verifyCodeSend", "0.0.2", Guest: true, Auth: OperationAuth.TokenWhenAvailable, UnsafeWrite,
            """{"bizType": "SMS_REGISTER_VERIFICATION_CODE", "toUser": "+86 13800138000", "country": "CN", "companyId": 439}""", // companyId left out: filled from the options
            """{"token": "38caf08b-fafd-4cb5-b36c-ebdd1878b974"}""",
            Returns(a => a.Verification.VerifyCodeSendWithCaptchaAsync(new VerifyCodeSendRequest { BizType = VerificationCodeType.SmsRegister, ToUser = "+86 13800138000", Country = "CN" }, "recaptcha-token")),
            r => Assert.Equal("38caf08b-fafd-4cb5-b36c-ebdd1878b974", Assert.IsType<VerifyCodeSendResult>(r).SendToken)),
        new(nameof(IVerificationApiService.VerifyCodeCheckAsync), "/global/message.app.VerificationApiService.verifyCodeCheck", "0.0.1", Guest: true, Auth: OperationAuth.TokenWhenAvailable, UnsafeWrite,
            """{"companyId": 12, "bizType": "sit sint ut sed occaecat", "toUser": "in", "sendToken": "fugiat ipsum occaecat", "customerId": 49, "code": "53", "verifyCodeToken": "95"}""",
            """{"token": "647a8a53-b97c-4d4a-b936-ffdce2096ad6"}""",
            Returns(a => a.Verification.VerifyCodeCheckAsync(new VerifyCodeCheckRequest { CompanyId = 12, BizType = new VerificationCodeType("sit sint ut sed occaecat"), ToUser = "in", SendToken = "fugiat ipsum occaecat", CustomerId = 49, Code = "53", VerifyCodeToken = "95" })),
            r => Assert.Equal("647a8a53-b97c-4d4a-b936-ffdce2096ad6", Assert.IsType<VerifyCodeCheckResult>(r).VerifyCodeToken)),
    ];
}
