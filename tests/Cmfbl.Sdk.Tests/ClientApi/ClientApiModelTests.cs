using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cmfbl.Sdk.ClientApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Security;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Tests.ClientApi;

/// <summary>The Client API models: no secret in <c>ToString()</c>, the verification-code kind, the account map.</summary>
public sealed class ClientApiModelTests
{
    // Every wire name of a Client API model that carries a code, a token or a password.
    private static readonly HashSet<string> SecretWireNames =
    [
        "pwd", "oldPwd", "newPwd", "token", "verifyCode", "verifyCodeOld", "verifyCodeNew", "verifyCodeSMS", "verifyCodeEmail",
        "verifyCodeThirdType", "verifyCodeToken", "sendToken", "sendTokenOld", "sendTokenNew", "sendTokenSMS", "sendTokenEmail",
        "sendTokenThirdType", "googleCode", "loginPwd", "smsVerifyCode", "smsSendToken", "validToken", "checkToken", "code",
        "phoneCode", "emailCode", "phoneSendToken", "emailSendToken", "privateKey", "secretKeyMd5",
    ];

    // Properties whose wire name reads like a secret but is not one: an API key permission's code (trade, contract_trade, …).
    private static readonly HashSet<string> NotSecrets = ["ApiPermissionInfo.Code", "ApiPermissionSetting.Code"];

    private static readonly HashSet<string> ApiKeyModels = ["ApiKeyInfo", "ApplyApiRequest", "EditApiPermissionRequest", "ApiPermissionInfo", "ApiPermissionSetting"];

    private static readonly Type[] Records = typeof(RegisterRequest).Assembly.GetExportedTypes()
        // The family's hand-written models, and the generated models of the Open API keys (whose secrets the overlay names).
        .Where(t => (t.Namespace == typeof(RegisterRequest).Namespace || ApiKeyModels.Contains(t.Name)) && t.IsClass)
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToArray();

    public static TheoryData<Type> SecretCarryingRecords => [.. Records.Where(t => SecretProperties(t).Any())];

    [Fact]
    public void SecretCarryingRecords_AreFound()
    {
        var count = Records.Count(t => SecretProperties(t).Any());

        Assert.True(count >= 35, $"found {count}");
    }

    [Theory]
    [MemberData(nameof(SecretCarryingRecords))]
    public void ToString_PrintsNoCodeTokenOrPassword(Type type)
    {
        var value = Activator.CreateInstance(type)!;
        var password = Md5Password.FromMd5Hex("0123456789abcdef0123456789abcdef");
        foreach (var property in SecretProperties(type))
        {
            property.SetValue(value, property.PropertyType == typeof(Md5Password) ? password : "secret-" + property.Name);
        }

        var text = value.ToString()!;

        foreach (var property in SecretProperties(type))
        {
            Assert.DoesNotContain("secret-" + property.Name, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(password.ToMd5Hex(), text, StringComparison.Ordinal);
        Assert.Contains("***", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_StillPrintsTheOtherMembers()
    {
        var request = new ChangeEmailRequest { Email = "a@example.com", EmailArea = "+44", VerifyCode = "123456", SendToken = "send-1" };

        Assert.Equal("ChangeEmailRequest { Email = a@example.com, EmailArea = +44, VerifyCode = ***, SendToken = *** }", request.ToString());
    }

    [Fact]
    public void PasswordFields_AreMd5Passwords()
    {
        var passwords = Records.SelectMany(t => t.GetProperties())
            .Where(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name is "pwd" or "oldPwd" or "newPwd" or "loginPwd")
            .ToArray();

        Assert.True(passwords.Length >= 20, $"found {passwords.Length}");
        Assert.All(passwords, p => Assert.Equal(typeof(Md5Password), Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType));
    }

    [Fact]
    public void VerificationCodeType_KnownValues_AreTheVendorStrings()
    {
        Assert.Equal("EMAIL_REGISTER_VERIFICATION_CODE", VerificationCodeType.EmailRegister.ToString());
        Assert.Equal("SMS_REGISTER_VERIFICATION_CODE", VerificationCodeType.SmsRegister.ToString());
        Assert.Equal("EMAIL_LOGINED_VERIFICATION_CODE", VerificationCodeType.EmailLoggedIn.ToString());
        Assert.Equal("SMS_LOGINED_VERIFICATION_CODE", VerificationCodeType.SmsLoggedIn.ToString());
        Assert.Equal("SMS_TELEGRAM_VERIFICATION_CODE", VerificationCodeType.SmsTelegram.ToString());
    }

    [Fact]
    public void VerificationCodeType_Equality_IsOrdinal()
    {
        Assert.True(new VerificationCodeType("EMAIL_REGISTER_VERIFICATION_CODE") == VerificationCodeType.EmailRegister);
        Assert.True(new VerificationCodeType("email_register_verification_code") != VerificationCodeType.EmailRegister);
        Assert.Equal(VerificationCodeType.SmsLogin.GetHashCode(), new VerificationCodeType("SMS_LOGIN_VERIFICATION_CODE").GetHashCode());
        Assert.False(VerificationCodeType.SmsLogin.Equals((object)"SMS_LOGIN_VERIFICATION_CODE"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void VerificationCodeType_BlankValue_Throws(string value) =>
        Assert.Throws<ArgumentException>(() => new VerificationCodeType(value));

    [Fact]
    public void VerificationCodeType_UnknownValue_RoundTrips()
    {
        var json = JsonSerializer.Serialize(new VerificationCodeType("EMAIL_NEW_KIND"), ClientJsonContext.Default.VerificationCodeType);

        Assert.Equal("\"EMAIL_NEW_KIND\"", json);
        Assert.Equal(new VerificationCodeType("EMAIL_NEW_KIND"), JsonSerializer.Deserialize(json, ClientJsonContext.Default.VerificationCodeType));
    }

    [Fact]
    public void VerificationCodeType_Default_IsNotSent()
    {
        Assert.Equal(string.Empty, default(VerificationCodeType).ToString());
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(new VerifyCodeSendRequest { BizType = default, ToUser = "a@b.c" }, ClientJsonContext.Default.VerifyCodeSendRequest));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("\"\"")]
    public void VerificationCodeType_NotANonEmptyString_IsRejected(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, ClientJsonContext.Default.VerificationCodeType));

    [Fact]
    public void CustomerAssetsInfo_AccountInfoMap_KeepsTheOrderSentAndWritesAnArray()
    {
        var info = JsonSerializer.Deserialize("""{"accountInfoMap": {"USDT": {"currency": "USDT", "balance": "1.5"}, "BTC": {"currency": "BTC"}}}""", ClientJsonContext.Default.CustomerAssetsInfo)!;

        Assert.Equal(["USDT", "BTC"], info.AccountInfoMap.Select(a => a.Currency));
        Assert.Equal(1.5m, info.AccountInfoMap[0].Balance);
        Assert.StartsWith("""{"accountInfoMap":[{""", JsonSerializer.Serialize(info, ClientJsonContext.Default.CustomerAssetsInfo), StringComparison.Ordinal);
    }

    [Fact]
    public void CustomerAssetsInfo_AccountInfoMapNotAnObject_IsRejected() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"accountInfoMap": "SAND"}""", ClientJsonContext.Default.CustomerAssetsInfo));

    [Fact]
    public void RegisterResult_MissingLists_ReadAsEmpty()
    {
        var result = JsonSerializer.Deserialize("""{"customerNo": "86021976", "list": [{"levelCode": "level_1"}]}""", ClientJsonContext.Default.RegisterResult)!;

        Assert.Empty(Assert.Single(result.KycLevels).ElementList);
    }

    [Fact]
    public void Requests_NullOptionalFields_AreLeftOut()
    {
        var json = JsonSerializer.Serialize(
            new RegisterRequest { Type = LoginNameType.Phone, LoginName = "13800138000", Country = "CN", VerifyCode = "1", SendToken = "2", RegisterSource = RegisterSource.H5 },
            ClientJsonContext.Default.RegisterRequest);

        Assert.Equal("""{"type":2,"loginName":"13800138000","country":"CN","verifyCode":"1","sendToken":"2","registerSource":1}""", json);
    }

    [Fact]
    public void PageRequests_DefaultToTheFirstPageOfTwenty()
    {
        Assert.Equal("""{"current":1,"size":20}""", JsonSerializer.Serialize(new QueryCustomerOfAgentPageRequest(), ClientJsonContext.Default.QueryCustomerOfAgentPageRequest));
        Assert.Equal("""{"tradeType":3,"current":1,"size":20}""", JsonSerializer.Serialize(new QueryLiabilitiesWaterByPageRequest { TradeType = TradeType.Leverage }, ClientJsonContext.Default.QueryLiabilitiesWaterByPageRequest));
    }

    private static IEnumerable<PropertyInfo> SecretProperties(Type type) => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => (p.PropertyType == typeof(string) || p.PropertyType == typeof(Md5Password))
            && p.GetCustomAttribute<JsonPropertyNameAttribute>() is { } name && SecretWireNames.Contains(name.Name)
            && !NotSecrets.Contains($"{type.Name}.{p.Name}"));
}
