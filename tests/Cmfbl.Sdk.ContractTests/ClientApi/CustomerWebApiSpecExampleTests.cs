using System.Text.Json.Nodes;
using Cmfbl.Sdk.ClientApi.Models;
using Cmfbl.Sdk.ContractTests.Infrastructure;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Security;

namespace Cmfbl.Sdk.ContractTests.ClientApi;

/// <summary>
/// Every example of <c>client-api.openapi.en.yaml</c> for <c>customer.app.CustomerWebApiService</c>, replayed through
/// the SDK: one mapping in <c>Mappings/ClientApi/&lt;bizType&gt;.json</c> per example, one test per mapping. The request
/// values are those of the SDK's wire cases (<c>ClientApiWireCases</c>), so the SDK sends the documented body.
/// </summary>
public sealed class CustomerWebApiSpecExampleTests(WireMockFixture server) : ContractTest(server)
{
    private const string Global = "/api/global/customer.app.CustomerWebApiService.";
    private const string SendTokenOfTheVerifyCodeSendExample = "38caf08b-fafd-4cb5-b36c-ebdd1878b974";

    // ---- login and registration (guest) ----

    [Fact]
    public async Task Login_SpecExample_ReadsTheTokenTheProfileAndTheAccountArray()
    {
        var login = await Client().CustomerWeb.LoginAsync(new LoginRequest
        {
            Type = LoginNameType.Phone,
            LoginName = "13429837442",
            Password = Md5Password.FromPlainText("a123456"),
            ThirdSource = "",
            BindThirdUserId = "",
        });

        Assert.Equal(Constants.ClientToken, login.Token);
        Assert.Equal("291e08e4e0af86b3d8af85f2947a02125a1c1746db58b303b06cc1aba389f4cd", login.RToken);
        var profile = login.Profile;
        Assert.Equal(1176, profile.Id);
        Assert.Equal(360, profile.CompanyId);
        Assert.Equal("86001175", profile.CustomerNo);
        Assert.Equal(CustomerGroupType.Real, profile.GroupType);
        Assert.Equal(CustomerStatus.Closing, profile.Status);
        Assert.Equal(KycStatus.Unverified, profile.KycStatus);
        Assert.Equal(KycAuditStatus.Passed, profile.KycAuditStatus);
        Assert.Equal(RegisterSource.H5, profile.RegisterSource);
        Assert.Equal(-1, profile.GoogleId);
        Assert.Equal("2", profile.AssertPassStatus);
        Assert.Null(profile.ActivateStatus);
        Assert.Null(profile.ActivateTime);
        Assert.Equal("135******9561", profile.Phone);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1678360534200), profile.LoginTime);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1648777706117), profile.RegisterTime);
        var account = Assert.Single(profile.AccountList); // accountList: typed object in the schema, an array here
        Assert.Equal(1031717, account.AccountId);
        Assert.Equal(TradeType.Spot, account.TradeType);
        Assert.Equal(2904321.4696m, account.Balance); // decimal strings
        Assert.Equal(2904318.4696m, account.Available);
        Assert.Equal(3.0000m, account.Frozen);
        Assert.Null(account.MarginRatio);
        Assert.Null(account.InterestProportion);
        Assert.Equal(AccountStatus.Available, account.Status);
        Assert.Equal(AccountOwnerType.User, account.OwnerType);
        Assert.True(account.OpenAccountStatus);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1648792333492), account.FirstWithdrawTime);
        var sent = Assert.Single(Server.Requests("/api/login/customer.app.CustomerWebApiService.login"));
        Assert.False(sent.Headers.ContainsKey("token"));
    }

    [Fact]
    public async Task Register_WireCaseValues_ReadsTheCustomerNumberTokenAndKycLevels()
    {
        // The spec's register operation has no example (example: ""): this mapping uses the SDK's wire-case values.
        var result = await Client().CustomerWeb.RegisterAsync(new RegisterRequest
        {
            Type = LoginNameType.Email,
            LoginName = "new.customer@example.com",
            Country = "GB",
            VerifyCode = "482913",
            SendToken = SendTokenOfTheVerifyCodeSendExample,
            RegisterSource = RegisterSource.PcWeb,
            Password = Md5Password.FromPlainText("a123456"),
            CustomerGroupId = 1,
            TradeTypeCurrencyList = [TradeTypeCurrency.Create(TradeType.Spot, "USDT")],
            OpenAccountType = OpenAccountType.Individual,
            UtmSource = "newsletter",
            Lang = "en-US",
        });

        Assert.Equal("86021976", result.CustomerNo);
        Assert.Equal(1201, result.Id);
        Assert.Equal(439, result.CompanyId);
        Assert.Equal("0b6f2c1e-7d4a-4b8e-9c55-3f1f2a9d8e77app", result.Token);
        Assert.Equal(OpenAccountType.Individual, result.OpenAccountType);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1700000000000), result.RegisterTime);
        Assert.False(result.ApiCheckSwitch);
        var level = Assert.Single(result.KycLevels);
        Assert.Equal("level_1", level.LevelCode);
        Assert.Equal("firstName", Assert.Single(level.ElementList).ElementCode);
    }

    [Fact]
    public async Task RegisterOfAgentShareLink_SpecExample_ReadsTheSharedFieldsOfTheApiKeyAnswer()
    {
        var result = await Client().CustomerWeb.RegisterOfAgentShareLinkAsync(new RegisterOfAgentShareLinkRequest
        {
            RegisterSource = RegisterSource.H5,
            Type = LoginNameType.Phone,
            Country = "CN",
            LoginName = "18168114637",
            ThirdServerCode = "86021560",
            Password = Md5Password.FromPlainText("magna reprehenderit in"), // the example's pwd is plain text
            CustomerGroupId = 1,
        });

        // The example answers with an API-key record, not a registration: the fields it shares still read.
        Assert.Equal("86000116", result.CustomerNo);
        Assert.Equal(3, result.Id);
        Assert.Equal(368, result.CompanyId);
        Assert.Null(result.CustomerGroupId);
        Assert.Null(result.Token);
        Assert.Null(result.RegisterTime);
        Assert.Empty(result.KycLevels);
        AssertSentPassword("registerOfAgentShareLink", "pwd", "magna reprehenderit in");
    }

    // ---- guest checks ----

    [Fact]
    public async Task CheckStatus_SpecExample_ReadsStatusCountryAndPhoneArea()
    {
        using var session = Client().Sessions.FromToken(Constants.ClientToken);

        var status = await session.CustomerWeb.CheckStatusAsync(new CheckStatusRequest { LoginName = Constants.Phone, Type = LoginNameType.Phone });

        Assert.Equal(LoginNameStatus.Exists, status.Status);
        Assert.Equal("CN", status.Country);
        Assert.Equal("+86", status.PhoneArea);
    }

    [Fact]
    public async Task CheckGoogleMfaStatus_SpecExample_ReadsTheNumberMinusOne()
    {
        // The schema declares an object; the example answers the number -1.
        var status = await Client().CustomerWeb.CheckGoogleMfaStatusAsync(new CheckGoogleMfaStatusRequest { LoginName = "22@qq.com", Type = LoginNameType.Email });

        Assert.Equal(-1L, status);
        Assert.Equal(1, Server.Count(Global + "checkGoogleMFAStatus"));
    }

    [Fact]
    public async Task CheckToken_SpecPlaceholderExample_ThrowsApiExceptionForCode99DespiteOkTrue()
    {
        var exception = await Assert.ThrowsAsync<CmfblApiException>(() => Client().CustomerWeb.CheckTokenAsync(new CheckTokenRequest { CompanyId = Constants.CompanyId, CheckToken = "link-token-1" }));

        AssertPlaceholderError99(exception);
    }

    [Fact]
    public async Task CheckPhone_SpecPlaceholderExample_ThrowsApiExceptionForCode99DespiteOkTrue()
    {
        var exception = await Assert.ThrowsAsync<CmfblApiException>(() => Client().CustomerWeb.CheckPhoneAsync(new CheckPhoneRequest
        {
            CheckToken = "link-token-1",
            PhoneArea = "+86",
            Phone = "13512331033",
            SmsVerifyCode = "51",
            SmsSendToken = "cillum",
        }));

        AssertPlaceholderError99(exception);
    }

    [Fact]
    public async Task CheckPhoneForRetriedLoginPwd_SpecExample_ThrowsApiExceptionForCode99DespiteOkTrue()
    {
        var exception = await Assert.ThrowsAsync<CmfblApiException>(() => Client().CustomerWeb.CheckPhoneForRetriedLoginPwdAsync(new CheckPhoneForRetriedLoginPwdRequest
        {
            Phone = "13512331033",
            PhoneArea = "18163849750",
            SmsVerifyCode = "51",
            SmsSendToken = "cillum",
        }));

        AssertPlaceholderError99(exception);
    }

    [Fact]
    public async Task RetrieveLoginPwd_SpecPlaceholderExample_ThrowsApiExceptionForCode99()
    {
        var exception = await Assert.ThrowsAsync<CmfblApiException>(() => Client().CustomerWeb.RetrieveLoginPwdAsync(new RetrieveLoginPwdRequest
        {
            NewPassword = Md5Password.FromMd5Hex("c64b4a4d8fd3d5b2e0ee34d2e8d2e9a1"),
            ValidToken = "valid-token-2",
        }));

        AssertPlaceholderError99(exception);
    }

    [Fact]
    public async Task FirstSetLoginPwd_SpecPlaceholderExample_ThrowsApiExceptionForCode54()
    {
        var exception = await Assert.ThrowsAsync<CmfblApiException>(() => Client().CustomerWeb.FirstSetLoginPwdAsync(new FirstSetLoginPwdRequest
        {
            NewPassword = Md5Password.FromPlainText("a123456"),
            Device = RegisterSource.PcWeb,
            ValidToken = "valid-token-1",
        }));

        Assert.Equal("54", exception.Code);
        Assert.Equal("23", exception.BizCode);
        Assert.Equal("cillum", exception.Trace);
        Assert.Equal("tempor incididunt eu laborum", exception.Msg);
        Assert.Equal("quis", exception.MsgParams);
    }

    // ---- passwords (session) ----

    [Fact]
    public async Task ForgetAssetsPwd_SpecRequestExample_CompletesAndSendsTheHashOfTheDocumentedPassword()
    {
        using var session = Client().Sessions.FromToken(Constants.ClientToken);

        await session.CustomerWeb.ForgetAssetsPwdAsync(new ForgetAssetsPwdRequest
        {
            NewPassword = Md5Password.FromPlainText("Aa123456@"),
            Type = LoginNameType.Email,
            LoginName = "56234161@qq.com",
            VerifyCode = "232123",
            SendToken = "asdsadasdasdsadsadsadsadad",
            VerifyCodeToken = "adczczxczczczxczczxczxczxc",
        });

        var body = AssertSentPassword("forgetAssertsPwd", "newPwd", "Aa123456@");
        Assert.Equal("56234161@qq.com", body["loginName"]!.GetValue<string>());
        Assert.Equal(1, body["type"]!.GetValue<int>());
    }

    [Fact]
    public async Task BindAssetsPwd_SpecErrorExample_ThrowsApiExceptionWithCodeBizCodeAndTrace()
    {
        using var session = Client().Sessions.FromToken(Constants.ClientToken);

        var exception = await Assert.ThrowsAsync<CmfblApiException>(() => session.CustomerWeb.BindAssetsPwdAsync(new BindAssetsPwdRequest
        {
            Password = Md5Password.FromPlainText("sunt"),
            GoogleCode = "44",
        }));

        AssertFundPasswordAlreadySet(exception);
        AssertSentPassword("bindAssertsPwd", "pwd", "sunt");
    }

    [Fact]
    public async Task BindAssetsPwdMfa_SpecErrorExample_ThrowsApiExceptionWithCodeBizCodeAndTrace()
    {
        using var session = Client().Sessions.FromToken(Constants.ClientToken);

        var exception = await Assert.ThrowsAsync<CmfblApiException>(() => session.CustomerWeb.BindAssetsPwdMfaAsync(new BindAssetsPwdMfaRequest
        {
            NewPassword = Md5Password.FromPlainText("eu Ut sint"),
            Type = VerificationChannel.Email,
            VerifyCode = "712311",
            SendToken = SendTokenOfTheVerifyCodeSendExample,
        }));

        AssertFundPasswordAlreadySet(exception);
        var body = AssertSentPassword("bindAssertsPwdMFA", "newPwd", "eu Ut sint");
        Assert.Equal(SendTokenOfTheVerifyCodeSendExample, body["sendToken"]!.GetValue<string>()); // not the schema's sendToken6
    }

    [Fact]
    public async Task ForgetAssetsPwdMfa_SpecErrorExample_ThrowsApiExceptionWithCodeBizCodeAndTrace()
    {
        using var session = Client().Sessions.FromToken(Constants.ClientToken);

        var exception = await Assert.ThrowsAsync<CmfblApiException>(() => session.CustomerWeb.ForgetAssetsPwdMfaAsync(new ForgetAssetsPwdMfaRequest
        {
            NewPassword = Md5Password.FromPlainText("eu Ut sint"),
            Type = VerificationChannel.Email,
            VerifyCode = "712311",
            SendToken = SendTokenOfTheVerifyCodeSendExample,
        }));

        AssertFundPasswordAlreadySet(exception);
        AssertSentPassword("forgetAssertsPwdMFA", "newPwd", "eu Ut sint");
    }

    [Fact]
    public async Task FirstTimeSettingLoginPassword_SpecExample_CompletesAndSendsTheHashOfTheDocumentedPassword()
    {
        using var session = Client().Sessions.FromToken(Constants.ClientToken);

        await session.CustomerWeb.FirstTimeSettingLoginPasswordAsync(new FirstTimeSettingLoginPasswordRequest { NewPassword = Md5Password.FromPlainText("Aa123456@") });

        AssertSentPassword("firstTimeSettingLoginPassword", "newPwd", "Aa123456@");
    }

    [Fact]
    public async Task UpdateLoginPwdMfa_SpecExample_Completes()
    {
        using var session = Client().Sessions.FromToken(Constants.ClientToken);

        await session.CustomerWeb.UpdateLoginPwdMfaAsync(new UpdateLoginPwdMfaRequest
        {
            OldPassword = Md5Password.FromPlainText("a123456"),
            NewPassword = Md5Password.FromMd5Hex("c64b4a4d8fd3d5b2e0ee34d2e8d2e9a1"),
            VerifyCode = "712311",
            SendToken = "send-2",
            Type = VerificationChannel.Sms,
        });

        AssertSentOnceWithTheSessionToken("updateLoginPwdMFA");
    }

    // ---- e-mail and phone (session) ----

    [Fact]
    public async Task BindEmail_SpecErrorExample_ThrowsApiExceptionWithCodeBizCodeAndTrace()
    {
        using var session = Client().Sessions.FromToken(Constants.ClientToken);

        var exception = await Assert.ThrowsAsync<CmfblApiException>(() => session.CustomerWeb.BindEmailAsync(new BindEmailRequest
        {
            Email = "a@example.com",
            EmailArea = "+44",
            VerifyCode = "112233",
            SendToken = "send-7",
        }));

        AssertWrongVerificationCode(exception, "x-i2ps6-ol1gv4l4-17tc48-f72xfee-1677737300", "bindEmail");
    }

    [Fact]
    public async Task BindPhone_SpecErrorExample_ThrowsApiExceptionWithCodeBizCodeAndTrace()
    {
        using var session = Client().Sessions.FromToken(Constants.ClientToken);

        var exception = await Assert.ThrowsAsync<CmfblApiException>(() => session.CustomerWeb.BindPhoneAsync(new BindPhoneRequest
        {
            PhoneArea = "+44",
            Phone = "7700900123",
            VerifyCode = "112233",
            SendToken = "send-8",
            GoogleCode = "654321",
        }));

        AssertWrongVerificationCode(exception, "x-g82wr3b-3o3236-576oa-1er5di6-1677737445", "bindPhone");
    }

    [Fact]
    public async Task ChangePhone_SpecErrorExample_ThrowsApiExceptionWithCodeBizCodeAndTrace()
    {
        using var session = Client().Sessions.FromToken(Constants.ClientToken);

        var exception = await Assert.ThrowsAsync<CmfblApiException>(() => session.CustomerWeb.ChangePhoneAsync(new ChangePhoneRequest
        {
            PhoneArea = "+86",
            Phone = "13800138001",
            VerifyCode = "445566",
            SendToken = "send-12",
        }));

        AssertWrongVerificationCode(exception, "x-42hi-b8f2ag18-x89u-k23y1r1b-1677738250", "changePhone");
    }

    [Fact]
    public async Task ChangeEmailMfa_SpecExample_Completes()
    {
        using var session = Client().Sessions.FromToken(Constants.ClientToken);

        await session.CustomerWeb.ChangeEmailMfaAsync(new ChangeEmailMfaRequest
        {
            VerifyCodeNew = "57",
            Email = "k.uogz@qq.com",
            SendTokenNew = "non",
            VerifyCodeOld = "72",
            SendTokenOld = "velit ut officia minim non",
            Type = VerificationChannel.Email,
            GoogleCode = "64",
        });

        AssertSentOnceWithTheSessionToken("changeEmailMFA");
    }

    [Fact]
    public async Task ChangePhoneMfa_SpecExample_Completes()
    {
        using var session = Client().Sessions.FromToken(Constants.ClientToken);

        await session.CustomerWeb.ChangePhoneMfaAsync(new ChangePhoneMfaRequest
        {
            VerifyCodeNew = "12",
            PhoneArea = "19845120732",
            SendTokenNew = "laborum Ut",
            VerifyCodeOld = "18",
            SendTokenOld = "enim aute dolor culpa",
            Type = VerificationChannel.Email,
            Phone = "18639656874",
            GoogleCode = "97",
        });

        AssertSentOnceWithTheSessionToken("changePhoneMFA");
    }

    [Fact]
    public async Task FirstSetPhone_SpecExample_Completes()
    {
        using var session = Client().Sessions.FromToken(Constants.ClientToken);

        await session.CustomerWeb.FirstSetPhoneAsync(new FirstSetPhoneRequest
        {
            VerifyCode = "57",
            PhoneArea = "18127152839",
            SendToken = "occaecat exercitation",
            VerifyCodeThirdType = "21",
            SendTokenThirdType = "ad pariatur ut",
            ThirdSource = "occaecat voluptate sit tempor",
            Phone = "18190281711",
        });

        AssertSentOnceWithTheSessionToken("firstSetPhone");
    }

    [Fact]
    public async Task FirstSetEmail_SpecExample_Completes()
    {
        using var session = Client().Sessions.FromToken(Constants.ClientToken);

        await session.CustomerWeb.FirstSetEmailAsync(new FirstSetEmailRequest
        {
            VerifyCode = "57",
            SendToken = "occaecat exercitation",
            VerifyCodeThirdType = "21",
            SendTokenThirdType = "ad pariatur ut",
            ThirdSource = "occaecat voluptate sit tempor",
            Email = "18190281711@qq.com",
        });

        AssertSentOnceWithTheSessionToken("firstSetEmail");
    }

    // ---- profile (session) ----

    [Fact]
    public async Task ChangeLang_SpecExample_CompletesWithAnIdempotencyKey()
    {
        using var session = Client().Sessions.FromToken(Constants.ClientToken);

        await session.CustomerWeb.ChangeLangAsync(new ChangeLangRequest { NewLang = "zh-CN" });

        var sent = AssertSentOnceWithTheSessionToken("changeLang");
        Assert.False(string.IsNullOrEmpty(sent.Headers["idempotency-key"]));
    }

    [Fact]
    public async Task ChangeCustomerAddressAndPostalCode_SpecExample_CompletesWithAnIdempotencyKey()
    {
        using var session = Client().Sessions.FromToken(Constants.ClientToken);

        await session.CustomerWeb.ChangeCustomerAddressAndPostalCodeAsync(new ChangeCustomerAddressAndPostalCodeRequest
        {
            PostalCode = "90210",
            Address = "Da Dong Men, Wuhan, Hubei, China",
        });

        var sent = AssertSentOnceWithTheSessionToken("changeCustomerAddressAndPostalCode");
        Assert.False(string.IsNullOrEmpty(sent.Headers["idempotency-key"]));
    }

    [Fact]
    public async Task ChangeCountry_SpecExample_Completes()
    {
        using var session = Client().Sessions.FromToken(Constants.ClientToken);

        await session.CustomerWeb.ChangeCountryAsync(new ChangeCountryRequest { NewCountry = "SG" });

        AssertSentOnceWithTheSessionToken("changeCountry");
    }

    [Fact]
    public async Task BindThirdAccount_SpecExample_Completes()
    {
        using var session = Client().Sessions.FromToken(Constants.ClientToken);

        await session.CustomerWeb.BindThirdAccountAsync(new BindThirdAccountRequest
        {
            ThirdLoginSource = "telegram",
            ThirdUserId = "5512",
            ThirdIntactMsg = "{\"id\":5512,\"username\":\"li_wei\"}",
        });

        AssertSentOnceWithTheSessionToken("bindThirdAccount");
    }

    [Fact]
    public async Task FindCustomerLang_SpecExampleDataNull_ReturnsEmpty()
    {
        using var session = Client().Sessions.FromToken(Constants.ClientToken);

        var language = await session.CustomerWeb.FindCustomerLangAsync();

        Assert.Equal(string.Empty, language); // data: null: no language (never the text "null")
        AssertSentOnceWithTheSessionToken("findCustomerLang");
    }

    [Fact]
    public async Task FindThirdAccountInfo_SpecExampleDataNull_ReturnsNull()
    {
        using var session = Client().Sessions.FromToken(Constants.ClientToken);

        var info = await session.CustomerWeb.FindThirdAccountInfoAsync();

        Assert.Null(info);
        var sent = AssertSentOnceWithTheSessionToken("findThirdAccountInfo");
        Assert.Equal("{}", sent.Body); // the documented request: an empty object
    }

    // ---- assets (session) ----

    [Fact]
    public async Task QueryCustomerAssets_SpecExample_ReadsOneObjectWithADecimalStringBalance()
    {
        using var session = Client().Sessions.FromToken(Constants.ClientToken);

        var assets = await session.CustomerWeb.QueryCustomerAssetsAsync(new QueryCustomerAssetsRequest { TradeType = TradeType.Spot });

        Assert.Equal(109849160.9462m, assets.Balance);
        Assert.Equal("USDT", assets.Currency);
        Assert.Equal(4, assets.Digits);
        Assert.Equal(13, assets.AssetsId);
    }

    [Fact]
    public async Task QueryCustomerAssetsInfo_SpecExample_ReadsTheAccountMapAsAListAndDecimalStrings()
    {
        using var session = Client().Sessions.FromToken(Constants.ClientToken);

        var info = await session.CustomerWeb.QueryCustomerAssetsInfoAsync(new QueryCustomerAssetsInfoRequest { TradeType = TradeType.Leverage, AccountCurrency = "SAND,USDT" });

        Assert.Equal(348191.9105m, info.TotalAvailable);
        Assert.Equal(348191.9105m, info.TotalBalance);
        Assert.Equal(1308283.6711m, info.TotalLiabilities);
        Assert.Equal(-960091.7606m, info.TotalNetAssets);
        Assert.Equal(1068275.4978m, info.TotalInterest);
        Assert.Equal(240008.1733m, info.TotalLiabilitiesPrincipal);
        Assert.Equal("26.61%", info.CloseProportion);
        Assert.Equal(2, info.RiskLevel);
        Assert.Equal(TradeType.Leverage, info.TradeType);
        Assert.Equal("USDT", info.Currency);
        Assert.Equal(4, info.Digits);
        Assert.Null(info.CompanyId);
        Assert.Null(info.CustomerNo);
        var sand = Assert.Single(info.AccountInfoMap); // a map keyed by asset code, read as a list
        Assert.Equal("SAND", sand.Currency);
        Assert.Equal(1031752, sand.AccountId);
        Assert.Equal(1176, sand.CustomerId);
        Assert.Equal("86001175", sand.CustomerNo);
        Assert.Equal(0.000000m, sand.Balance);
        Assert.Equal(0m, sand.InterestProportion); // "0" as a string
        Assert.Equal(6, sand.Digits);
        Assert.Equal(29, sand.AssetsId);
        Assert.Equal(TradeType.Leverage, sand.TradeType);
        Assert.Equal(AccountStatus.Available, sand.Status);
        Assert.Null(sand.FirstDepositTime);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1648792208194), sand.ActivateTime);
    }

    [Fact]
    public async Task QueryCustomerOfAgentPage_SpecRequestExample_ReadsThePage()
    {
        using var session = Client().Sessions.FromToken(Constants.ClientToken);

        var page = await session.CustomerWeb.QueryCustomerOfAgentPageAsync(new QueryCustomerOfAgentPageRequest());

        Assert.Equal(1, page.Total);
        Assert.Equal(20, page.Size);
        Assert.Equal(1, page.Current);
        var customer = Assert.Single(page.Records);
        Assert.Equal("86021977", customer.CustomerNo);
        Assert.Equal(CustomerStatus.Normal, customer.Status);
        Assert.Equal(RegisterSource.H5, customer.RegisterSource);
        Assert.Equal(CustomerType.Default, customer.CustomerType);
        Assert.Null(customer.Email);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1700000000000), customer.CreateTime);
    }

    // ---- helpers ----

    private static void AssertWrongVerificationCode(CmfblApiException exception, string trace, string bizType)
    {
        Assert.Equal("CUSTOMER_API_0000511", exception.Code);
        Assert.Equal("US", exception.BizCode);
        Assert.Equal(trace, exception.Trace);
        Assert.Equal("Verification code is not correct", exception.Msg);
        Assert.Equal("customer.app.CustomerWebApiService." + bizType, exception.BizType);
    }

    private static void AssertFundPasswordAlreadySet(CmfblApiException exception)
    {
        Assert.Equal("CUSTOMER_API_0000133", exception.Code);
        Assert.Equal("US", exception.BizCode);
        Assert.Equal("x-kwm21-v8951-5vor62ft-006o-1677737070", exception.Trace);
        Assert.Equal("Fund password has been set", exception.Msg);
        Assert.Null(exception.MsgParams);
    }

    private static void AssertPlaceholderError99(CmfblApiException exception)
    {
        // "ok": true does not make "code": "99" a success: the code decides.
        Assert.Equal("99", exception.Code);
        Assert.Equal("8", exception.BizCode);
        Assert.Equal("nisi eu pariatur", exception.Trace);
        Assert.Equal("pariatur", exception.Msg);
        Assert.Equal("dolore ad et", exception.MsgParams);
    }

    /// <summary>The one request sent to the operation carried the session token; returns it.</summary>
    private ReceivedRequest AssertSentOnceWithTheSessionToken(string bizType)
    {
        var sent = Assert.Single(Server.Requests(Global + bizType));
        Assert.Equal(Constants.ClientToken, sent.Headers["token"]);
        return sent;
    }

    /// <summary>The one request sent to the operation carried the MD5 of the documented plain-text password; returns its body.</summary>
    private JsonNode AssertSentPassword(string bizType, string field, string documentedPlainText)
    {
        var sent = Assert.Single(Server.Requests(Global + bizType));
        var body = JsonNode.Parse(sent.Body)!;
        Assert.Equal(Md5Password.FromPlainText(documentedPlainText).ToMd5Hex(), body[field]!.GetValue<string>());
        return body;
    }
}
