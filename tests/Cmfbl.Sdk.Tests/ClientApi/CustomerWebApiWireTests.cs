using System.Reflection;
using Cmfbl.Sdk.ClientApi;
using Cmfbl.Sdk.ClientApi.Models;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Http;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Tests.TestSupport;
using Refit;

namespace Cmfbl.Sdk.Tests.ClientApi;

/// <summary>
/// Pins the exact path, headers and body of every Client API operation of <c>customer.app.CustomerWebApiService</c>
/// and <c>message.app.VerificationApiService</c>, and what the SDK makes of the answer, through the real DI pipeline.
/// </summary>
public sealed class CustomerWebApiWireTests : IDisposable
{
    private const string SessionToken = "tok-1";

    // The 51 operations of client-api.openapi.en.yaml whose path ends in customer.app.CustomerWebApiService.*.
    private static readonly string[] SpecOperations =
    [
        "bindLoginPwd", "changeEmail", "changeEmailV1v1v2", "changePhone", "changePhoneV1v1v2", "checkCustomerExist", "destroy",
        "enableOrForbidMFA", "findCustomerInfo", "forgetAssertsPwd", "forgetAssertsPwdV1v1v2", "forgetLoginPwd", "bindAssertsPwd",
        "bindEmail", "bindPhone", "changeLang", "findCustomerLang", "changeCustomerAddressAndPostalCode", "firstSetPhone",
        "firstSetEmail", "firstTimeSettingLoginPassword", "findThirdAccountInfo", "checkGoogleMFAStatus", "checkStatus",
        "queryAccountAssetsInfo", "queryAccountById", "queryCustomerAssets", "queryCustomerAssetsInfo", "queryLiabilitiesWaterByPage",
        "updateAssertsPwd", "updateAssertsPwdMFA", "updateLoginPwd", "updateLoginPwdMFA", "groupList", "changeEmailMFA",
        "changePhoneMFA", "changeCountry", "bindAssertsPwdMFA", "forgetAssertsPwdMFA", "bindThirdAccount",
        "queryLatestBalanceOfUserAccountInExternalSystem", "findPhoneAndEmail", "login", "register", "queryCustomerOfAgentPage",
        "registerOfAgentShareLink", "checkToken", "checkPhone", "checkPhoneForRetriedLoginPwd", "retrieveLoginPwd", "firstSetLoginPwd",
    ];

    private readonly SdkHarness _sdk = new(withAuth: false);
    private readonly CustomerSession _session;
    private readonly ClientApis _apis;

    public CustomerWebApiWireTests()
    {
        _session = _sdk.Client.Sessions.FromToken(SessionToken);
        _apis = new ClientApis(_sdk.Client.CustomerWeb, _session.CustomerWeb, _sdk.Get<IVerificationApiService>());
    }

    public static TheoryData<string> Operations => [.. ClientApiWireCases.All.Select(c => c.Method)];

    public void Dispose()
    {
        _session.Dispose();
        _sdk.Dispose();
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_SendsItsPathHeadersAndBody_AndReadsItsData(string method)
    {
        var wire = ClientApiWireCases.All.Single(c => c.Method == method);
        _sdk.Stub.OnData(wire.BizType, wire.Data);

        var result = await wire.Call(_apis);

        wire.Check(result);
        var request = Assert.Single(_sdk.Stub.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/api" + wire.Path, request.Path);
        foreach (var name in new[] { "trace", "companyId", "version", "lang", "timestamp" })
        {
            Assert.Equal(1, request.HeaderCount(name));
        }

        Assert.Equal("439", request.Header("companyId"));
        Assert.Equal(wire.Version, request.Header("version"));
        Assert.Equal("en-US", request.Header("lang"));
        if (wire.Guest)
        {
            Assert.Equal(0, request.HeaderCount("token"));
        }
        else
        {
            Assert.Equal(1, request.HeaderCount("token"));
            Assert.Equal(SessionToken, request.Header("token"));
        }

        Assert.Equal(wire.Kind == OperationKind.KeyedWrite ? 1 : 0, request.HeaderCount("idempotency-key"));
        Assert.Equal(method == nameof(IVerificationApiService.VerifyCodeSendWithCaptchaAsync) ? 1 : 0, request.HeaderCount("captcha"));
        Assert.Equal(0, request.HeaderCount("X-Forwarded-For"));
        if (wire.Body is null)
        {
            Assert.Equal("{}", request.Body); // no parameters: the vendor's examples send an empty JSON object
        }
        else
        {
            JsonAssert.Equivalent(wire.Body, request.Body);
            Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
        }

        var declared = MethodOf(method).GetCustomAttribute<CmfblOperationAttribute>()!;
        Assert.Equal(wire.Kind, declared.Kind);
        Assert.Equal(wire.Auth, declared.Auth);
    }

    [Fact]
    public void EveryServiceMethod_HasAWireCase()
    {
        var methods = typeof(ICustomerWebApiService).GetMethods().Concat(typeof(IGuestCustomerWebApiService).GetMethods()).Concat(typeof(IVerificationApiService).GetMethods()).Select(m => m.Name).Order().ToArray();

        Assert.Equal(methods, ClientApiWireCases.All.Select(c => c.Method).Order().ToArray());
    }

    [Fact]
    public void CustomerWebApiService_HasOneMethodPerSpecOperation()
    {
        var bizTypes = typeof(ICustomerWebApiService).GetMethods().Concat(typeof(IGuestCustomerWebApiService).GetMethods())
            .Select(m => m.GetCustomAttribute<PostAttribute>()!.Path)
            .Select(path => path[(path.LastIndexOf('.') + 1)..])
            .Order()
            .ToArray();

        Assert.Equal(51, bizTypes.Length);
        Assert.Equal(SpecOperations.Order().ToArray(), bizTypes);
    }

    [Fact]
    public async Task RegisterAsync_WithCaptchaAndClientIp_SendsEachHeaderOnce()
    {
        var wire = ClientApiWireCases.All.Single(c => c.Method == nameof(ICustomerWebApiService.RegisterAsync));
        _sdk.Stub.OnData(wire.BizType, wire.Data);

        await _apis.Guest.RegisterAsync(RegistrationRequest("482913", "send-1"), captcha: "recaptcha-token", clientIp: "203.0.113.7");

        var request = Assert.Single(_sdk.Stub.Requests);
        Assert.Equal(1, request.HeaderCount("captcha"));
        Assert.Equal("recaptcha-token", request.Header("captcha"));
        Assert.Equal(1, request.HeaderCount("X-Forwarded-For"));
        Assert.Equal("203.0.113.7", request.Header("X-Forwarded-For"));
    }

    [Fact]
    public async Task Registration_SendCodeThenRegisterThenActAsTheNewCustomer_Completes()
    {
        _sdk.Stub.OnData("message.app.VerificationApiService.verifyCodeSend", """{"token": "send-token-1"}""");
        _sdk.Stub.OnData("customer.app.CustomerWebApiService.register", ClientApiWireCases.RegisterData);
        _sdk.Stub.OnData("customer.app.CustomerWebApiService.findCustomerInfo", """{"customerNo": "86021976", "accountList": []}""");

        var sent = await _apis.Verification.VerifyCodeSendAsync(new VerifyCodeSendRequest { BizType = VerificationCodeType.EmailRegister, ToUser = "new.customer@example.com" });
        var registered = await _apis.Guest.RegisterAsync(RegistrationRequest("482913", sent.SendToken!));
        using var session = _sdk.Client.Sessions.FromToken(registered.Token!);
        var profile = await session.CustomerWeb.FindCustomerInfoAsync();

        Assert.Equal("86021976", profile.CustomerNo);
        JsonAssert.Equivalent("""{"bizType": "EMAIL_REGISTER_VERIFICATION_CODE", "toUser": "new.customer@example.com", "companyId": 439}""", _sdk.Stub.Requests[0].Body);
        Assert.Contains("\"sendToken\":\"send-token-1\"", _sdk.Stub.Requests[1].Body, StringComparison.Ordinal);
        Assert.Equal(registered.Token, _sdk.Stub.Requests[2].Header("token"));
    }

    [Fact]
    public async Task SessionService_OperationWithAnOptionalToken_SendsTheSessionToken()
    {
        _sdk.Stub.OnData("customer.app.CustomerWebApiService.groupList", "[]");

        await _apis.Session.GroupListAsync();

        Assert.Equal(SessionToken, Assert.Single(_sdk.Stub.Requests).Header("token"));
    }

    [Fact]
    public async Task GuestService_OperationWithAnOptionalToken_SendsNoToken()
    {
        _sdk.Stub.OnData("customer.app.CustomerWebApiService.groupList", "[]");

        await _apis.Guest.GroupListAsync();

        Assert.Equal(0, Assert.Single(_sdk.Stub.Requests).HeaderCount("token"));
    }

    // Contradictions between the vendor's schemas and examples, each read both ways.

    [Theory]
    [InlineData("""{"id": 1, "name": "Default", "openAccountType": 1, "type": 0}""", 1)]
    [InlineData("""[{"id": 1, "name": "Default", "openAccountType": 1, "type": 0}]""", 1)]
    [InlineData("{}", 0)]
    public async Task GroupListAsync_SchemaObjectOrArray_ReadsAList(string data, int count)
    {
        _sdk.Stub.OnData("customer.app.CustomerWebApiService.groupList", data);

        var groups = await _apis.Guest.GroupListAsync();

        Assert.Equal(count, groups.Count);
    }

    [Theory]
    [InlineData("-1", -1)]
    [InlineData("\"-1\"", -1)]
    [InlineData("7", 7)]
    public async Task CheckGoogleMfaStatusAsync_SchemaObjectExampleNumber_ReadsNumberOrNumericString(string data, long expected)
    {
        _sdk.Stub.OnData("customer.app.CustomerWebApiService.checkGoogleMFAStatus", data);

        var googleId = await _apis.Guest.CheckGoogleMfaStatusAsync(new CheckGoogleMfaStatusRequest { LoginName = "a@b.c", Type = LoginNameType.Email });

        Assert.Equal(expected, googleId);
    }

    [Theory]
    [InlineData("""{"status": -1}""")]
    [InlineData("""{"status": "-1"}""")]
    public async Task CheckStatusAsync_DisabledStatusAsNumberOrString_ReadsDisabled(string data)
    {
        _sdk.Stub.OnData("customer.app.CustomerWebApiService.checkStatus", data);

        var status = await _apis.Session.CheckStatusAsync(new CheckStatusRequest { LoginName = "a@b.c", Type = LoginNameType.Email });

        Assert.Equal(LoginNameStatus.Disabled, status.Status);
    }

    [Fact]
    public async Task QueryLiabilitiesWaterByPageAsync_RecordsAsOneObjectAsTheSchemaSays_ReadsOneRecord()
    {
        _sdk.Stub.OnData("customer.app.CustomerWebApiService.queryLiabilitiesWaterByPage", """{"total": 1, "size": 20, "current": 1, "records": {"id": 501, "liabilities": "1.5"}}""");

        var page = await _apis.Session.QueryLiabilitiesWaterByPageAsync(new QueryLiabilitiesWaterByPageRequest { TradeType = TradeType.Leverage });

        Assert.Equal(1.5m, Assert.Single(page.Records).Liabilities);
    }

    [Theory]
    [InlineData("""{"amount": "1250.50", "currency": "USD", "amountDigits": "2"}""")]
    [InlineData("""{"amount": 1250.50, "currency": "USD", "amountDigits": 2}""")]
    public async Task QueryLatestBalanceAsync_AmountDigitsStringHereNumberInWebhookApi_ReadsBoth(string data)
    {
        _sdk.Stub.OnData("customer.app.CustomerWebApiService.queryLatestBalanceOfUserAccountInExternalSystem", data);

        var balance = await _apis.Session.QueryLatestBalanceOfUserAccountInExternalSystemAsync();

        Assert.Equal(1250.50m, balance.Amount);
        Assert.Equal(2, balance.AmountDigits);
    }

    [Theory]
    [InlineData("""{"accountInfoMap": {"SAND": {"currency": "SAND"}, "USDT": {"currency": "USDT"}}}""", "SAND,USDT")]
    [InlineData("""{"accountInfoMap": [{"currency": "SAND"}]}""", "SAND")]
    [InlineData("""{"accountInfoMap": {}}""", "")]
    [InlineData("""{"accountInfoMap": null}""", "")]
    [InlineData("{}", "")]
    public async Task QueryCustomerAssetsInfoAsync_AccountInfoMap_ReadsTheAccountsOfTheMap(string data, string currencies)
    {
        _sdk.Stub.OnData("customer.app.CustomerWebApiService.queryCustomerAssetsInfo", data);

        var info = await _apis.Session.QueryCustomerAssetsInfoAsync(new QueryCustomerAssetsInfoRequest { TradeType = TradeType.Spot });

        Assert.Equal(currencies, string.Join(',', info.AccountInfoMap.Select(a => a.Currency)));
    }

    [Fact]
    public async Task QueryCustomerAssetsAsync_NumbersAsStrings_AreRead()
    {
        _sdk.Stub.OnData("customer.app.CustomerWebApiService.queryCustomerAssets", """{"balance": 10.5, "currency": "USDT", "digits": "4", "assetsId": "13"}""");

        var assets = await _apis.Session.QueryCustomerAssetsAsync(new QueryCustomerAssetsRequest());

        Assert.Equal(10.5m, assets.Balance);
        Assert.Equal(4, assets.Digits);
        Assert.Equal(13, assets.AssetsId);
        Assert.Equal("{}", Assert.Single(_sdk.Stub.Requests).Body);
    }

    [Theory]
    [InlineData(nameof(ICustomerWebApiService.CheckPhoneAsync))]
    [InlineData(nameof(ICustomerWebApiService.CheckPhoneForRetriedLoginPwdAsync))]
    public async Task CheckPhoneOperations_SpecExampleDataEmptyObject_ReturnNoText(string method)
    {
        // The schema leaves the answer open ("the verification token the next step needs"); the examples send {}.
        var wire = ClientApiWireCases.All.Single(c => c.Method == method);
        _sdk.Stub.OnData(wire.BizType, "{}");

        var token = await wire.Call(_apis);

        Assert.Equal(string.Empty, token);
    }

    [Fact]
    public async Task CheckPhoneAsync_DataAnObjectWithFields_IsAProtocolError()
    {
        _sdk.Stub.OnData("customer.app.CustomerWebApiService.checkPhone", """{"token": "t"}""");

        var error = await Assert.ThrowsAsync<CmfblProtocolException>(() => _apis.Guest.CheckPhoneAsync(new CheckPhoneRequest { CheckToken = "c", PhoneArea = "+86", Phone = "1", SmsVerifyCode = "2", SmsSendToken = "3" }));

        Assert.Equal("customer.app.CustomerWebApiService.checkPhone", error.BizType);
    }

    [Fact]
    public async Task CheckTokenAsync_SpecExampleDataEmptyObject_ReadsAnEmptyResult()
    {
        _sdk.Stub.OnData("customer.app.CustomerWebApiService.checkToken", "{}");

        var check = await _apis.Guest.CheckTokenAsync(new CheckTokenRequest { CompanyId = 439, CheckToken = "t" });

        Assert.Equal(new CheckTokenResult(), check);
    }

    [Fact]
    public async Task FindThirdAccountInfoAsync_SpecExampleDataNull_ReturnsNull()
    {
        _sdk.Stub.OnData("customer.app.CustomerWebApiService.findThirdAccountInfo", "null");

        Assert.Null(await _apis.Session.FindThirdAccountInfoAsync());
    }

    // The spec's error examples, verbatim: each becomes a CmfblApiException with its code, bizCode and trace.
    [Theory]
    [InlineData(nameof(ICustomerWebApiService.ChangePhoneAsync), """{"msg": "Verification code is not correct", "fail": true, "trace": "x-42hi-b8f2ag18-x89u-k23y1r1b-1677738250", "code": "CUSTOMER_API_0000511", "data": "customer.app.CustomerWebApiService.changePhone", "bizCode": "US", "tm": 15861690, "msgParams": null, "ok": false}""")]
    [InlineData(nameof(ICustomerWebApiService.BindEmailAsync), """{"msg": "Verification code is not correct", "fail": true, "trace": "x-i2ps6-ol1gv4l4-17tc48-f72xfee-1677737300", "code": "CUSTOMER_API_0000511", "data": "customer.app.CustomerWebApiService.bindEmail", "bizCode": "US", "tm": 19770126, "msgParams": null, "ok": false}""")]
    [InlineData(nameof(ICustomerWebApiService.BindPhoneAsync), """{"msg": "Verification code is not correct", "fail": true, "trace": "x-g82wr3b-3o3236-576oa-1er5di6-1677737445", "code": "CUSTOMER_API_0000511", "data": "customer.app.CustomerWebApiService.bindPhone", "bizCode": "US", "tm": 15425229, "msgParams": null, "ok": false}""")]
    [InlineData(nameof(ICustomerWebApiService.BindAssetsPwdAsync), """{"msg": "Fund password has been set", "fail": true, "trace": "x-kwm21-v8951-5vor62ft-006o-1677737070", "code": "CUSTOMER_API_0000133", "data": "customer.app.CustomerWebApiService.bindAssertsPwd", "bizCode": "US", "tm": 3851542, "msgParams": null, "ok": false}""")]
    [InlineData(nameof(ICustomerWebApiService.BindAssetsPwdMfaAsync), """{"msg": "Fund password has been set", "fail": true, "trace": "x-kwm21-v8951-5vor62ft-006o-1677737070", "code": "CUSTOMER_API_0000133", "data": "customer.app.CustomerWebApiService.bindAssertsPwd", "bizCode": "US", "tm": 3851542, "msgParams": null, "ok": false}""")]
    [InlineData(nameof(ICustomerWebApiService.ForgetAssetsPwdMfaAsync), """{"msg": "Fund password has been set", "fail": true, "trace": "x-kwm21-v8951-5vor62ft-006o-1677737070", "code": "CUSTOMER_API_0000133", "data": "customer.app.CustomerWebApiService.bindAssertsPwd", "bizCode": "US", "tm": 3851542, "msgParams": null, "ok": false}""")]
    [InlineData(nameof(ICustomerWebApiService.CheckTokenAsync), """{"msgParams": "dolore ad et", "tm": 99, "bizCode": "8", "code": "99", "msg": "pariatur", "ok": true, "data": {}, "fail": true, "trace": "nisi eu pariatur"}""")]
    [InlineData(nameof(ICustomerWebApiService.FirstSetLoginPwdAsync), """{"data": {"id": 61, "thirdServerCode": "48", "token": "velit eiusmod", "companyId": 67, "relationCustomerId": 6, "country": "commodo ex culpa ea", "associationCompanyId": 19, "source": "sit velit tempor et enim", "companyType": "eiusmod", "customerNo": "cillum tempor sed aute aliquip", "customerGroupId": 67}, "fail": true, "code": "54", "bizCode": "23", "msg": "tempor incididunt eu laborum", "msgParams": "quis", "ok": false, "trace": "cillum", "tm": 29}""")]
    public async Task SpecErrorExamples_ThrowApiExceptions_WithTheirCodeAndTrace(string method, string envelope)
    {
        // "ok": true does not make "code": "99" a success: the code decides.
        var wire = ClientApiWireCases.All.Single(c => c.Method == method);
        _sdk.Stub.OnJson(wire.BizType, envelope);
        var expected = System.Text.Json.Nodes.JsonNode.Parse(envelope)!;

        var exception = await Assert.ThrowsAnyAsync<Errors.CmfblApiException>(() => wire.Call(_apis));

        Assert.Equal(expected["code"]!.GetValue<string>(), exception.Code);
        Assert.Equal(expected["bizCode"]!.GetValue<string>(), exception.BizCode);
        Assert.Equal(expected["trace"]!.GetValue<string>(), exception.Trace);
        Assert.Single(_sdk.Stub.Requests);
    }

    [Fact]
    public async Task FindCustomerLangAsync_SpecExampleDataNull_ReturnsEmpty_NotTheTextNull()
    {
        // The spec's only example answers data: null: no language, which a text answer gives as "" (never the text "null").
        _sdk.Stub.OnData("customer.app.CustomerWebApiService.findCustomerLang", "null");

        var language = await _apis.Session.FindCustomerLangAsync();

        Assert.Equal(string.Empty, language);
    }

    [Fact]
    public async Task BindAssetsPwdMfaAsync_SchemaFieldSendToken6_IsSentAsSendToken()
    {
        _sdk.Stub.OnData("customer.app.CustomerWebApiService.bindAssertsPwdMFA", "null");

        await _apis.Session.BindAssetsPwdMfaAsync(new BindAssetsPwdMfaRequest { NewPassword = ClientApiWireCases.A123456, VerifyCode = "1", SendToken = "s", Type = VerificationChannel.Email });

        var body = Assert.Single(_sdk.Stub.Requests).Body;
        Assert.Contains("\"sendToken\":\"s\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("sendToken6", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestsWithPasswords_SendOnlyTheHash()
    {
        _sdk.Stub.OnData("customer.app.CustomerWebApiService.updateLoginPwd", "null");

        await _apis.Session.UpdateLoginPwdAsync(new UpdateLoginPwdRequest { OldPassword = Sdk.Security.Md5Password.FromPlainText("old-secret"), NewPassword = ClientApiWireCases.A123456 });

        var body = Assert.Single(_sdk.Stub.Requests).Body;
        Assert.DoesNotContain("old-secret", body, StringComparison.Ordinal);
        Assert.DoesNotContain("a123456", body, StringComparison.Ordinal);
        Assert.Contains(ClientApiWireCases.Md5OfA123456, body, StringComparison.Ordinal);
    }

    private static RegisterRequest RegistrationRequest(string code, string sendToken) => new()
    {
        Type = LoginNameType.Email,
        LoginName = "new.customer@example.com",
        Country = "GB",
        VerifyCode = code,
        SendToken = sendToken,
        RegisterSource = RegisterSource.PcWeb,
        Password = ClientApiWireCases.A123456,
    };

    private static MethodInfo MethodOf(string name) =>
        typeof(ICustomerWebApiService).GetMethod(name) ?? typeof(IGuestCustomerWebApiService).GetMethod(name) ?? typeof(IVerificationApiService).GetMethod(name)
        ?? throw new InvalidOperationException($"No method {name}.");
}
