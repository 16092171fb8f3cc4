using System.Text.Json.Serialization;
using Cmfbl.Sdk.ClientApi.Models.Internal;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Security;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// The body of <c>customer.app.CustomerWebApiService.register</c>: registers a new customer with a verification code sent to their e-mail address or phone.
/// </summary>
/// <remarks>Properties left <see langword="null"/> are not sent. <see cref="ToString"/> prints <c>***</c> for the codes, tokens and passwords.</remarks>
public sealed record RegisterRequest
{
    /// <summary>Gets how the customer registers: 1 e-mail, 2 phone number (3 is not accepted) (<c>type</c>, required).</summary>
    [JsonPropertyName("type")]
    public required LoginNameType Type { get; init; }

    /// <summary>Gets the e-mail address or phone number (without the area code), as <see cref="Type"/> says (<c>loginName</c>, required).</summary>
    [JsonPropertyName("loginName")]
    public required string LoginName { get; init; }

    /// <summary>Gets the country, an ISO 3166 alpha-2 code such as <c>"CN"</c> (<c>country</c>, required).</summary>
    [JsonPropertyName("country")]
    public required string Country { get; init; }

    /// <summary>Gets the code sent by <see cref="IVerificationApiService.VerifyCodeSendAsync"/> with kind <see cref="VerificationCodeType.EmailRegister"/> or <see cref="VerificationCodeType.SmsRegister"/> (<c>verifyCode</c>, required). A secret: never printed.</summary>
    [JsonPropertyName("verifyCode")]
    public required string VerifyCode { get; init; }

    /// <summary>Gets the send token that <see cref="IVerificationApiService.VerifyCodeSendAsync"/> returned with that code (<c>sendToken</c>, required). A secret: never printed.</summary>
    [JsonPropertyName("sendToken")]
    public required string SendToken { get; init; }

    /// <summary>Gets where the customer registers, 1 H5 … 9 other (<c>registerSource</c>, required).</summary>
    [JsonPropertyName("registerSource")]
    public required RegisterSource RegisterSource { get; init; }

    /// <summary>Gets the phone area code for a phone registration, e.g. <c>"+86"</c>; the service assumes <c>"+86"</c> (<c>phoneArea</c>).</summary>
    [JsonPropertyName("phoneArea")]
    public string? PhoneArea { get; init; }

    /// <summary>Gets the e-mail "area code" for an e-mail registration. Not in the vendor's schema; its web client sends it (<c>emailArea</c>).</summary>
    [JsonPropertyName("emailArea")]
    public string? EmailArea { get; init; }

    /// <summary>Gets the login password, sent as its lowercase hex MD5; when it is left out the customer sets one later (<see cref="ICustomerWebApiService.BindLoginPwdAsync"/>) (<c>pwd</c>).</summary>
    [JsonPropertyName("pwd")]
    public Md5Password? Password { get; init; }

    /// <summary>Gets the customer group to put the customer in (see <see cref="IGuestCustomerWebApiService.GroupListAsync"/>); the service uses its default group when it is left out (<c>customerGroupId</c>).</summary>
    [JsonPropertyName("customerGroupId")]
    public long? CustomerGroupId { get; init; }

    /// <summary>Gets the trading accounts to open; since service version 2.3.1 optional: the group's default assets are used (<c>tradeTypeCurrencyList</c>).</summary>
    [JsonPropertyName("tradeTypeCurrencyList")]
    public IReadOnlyList<TradeTypeCurrency>? TradeTypeCurrencyList { get; init; }

    /// <summary>Gets whether the customer opens an individual (0, the service's default) or an enterprise (1) account (<c>openAccountType</c>).</summary>
    [JsonPropertyName("openAccountType")]
    public OpenAccountType? OpenAccountType { get; init; }

    /// <summary>Gets the model of the device the customer registers on (<c>registerDevice</c>).</summary>
    [JsonPropertyName("registerDevice")]
    public string? RegisterDevice { get; init; }

    /// <summary>Gets the advertising source of the registration link (<c>utmSource</c>).</summary>
    [JsonPropertyName("utmSource")]
    public string? UtmSource { get; init; }

    /// <summary>Gets the advertising medium of the registration link (<c>utmMedium</c>).</summary>
    [JsonPropertyName("utmMedium")]
    public string? UtmMedium { get; init; }

    /// <summary>Gets the campaign of the registration link (<c>utmCampaign</c>).</summary>
    [JsonPropertyName("utmCampaign")]
    public string? UtmCampaign { get; init; }

    /// <summary>Gets the ad group of the registration link (<c>utmContent</c>).</summary>
    [JsonPropertyName("utmContent")]
    public string? UtmContent { get; init; }

    /// <summary>Gets the keywords of the registration link (<c>utmTerm</c>).</summary>
    [JsonPropertyName("utmTerm")]
    public string? UtmTerm { get; init; }

    /// <summary>Gets your own system's unique id for this customer (an agent's customer number when <see cref="ThirdServerSource"/> is <c>"agent"</c>) (<c>thirdServerCode</c>).</summary>
    [JsonPropertyName("thirdServerCode")]
    public string? ThirdServerCode { get; init; }

    /// <summary>Gets what <see cref="ThirdServerCode"/> is, e.g. <c>"agent"</c> (<c>thirdServerSource</c>).</summary>
    [JsonPropertyName("thirdServerSource")]
    public string? ThirdServerSource { get; init; }

    /// <summary>Gets the customer's language; the service assumes <c>"en-US"</c> (<c>lang</c>).</summary>
    [JsonPropertyName("lang")]
    public string? Lang { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Type = ").Append(Type)
            .Append(", LoginName = ").Append(LoginName)
            .Append(", Country = ").Append(Country)
            .Append(", VerifyCode = ").Append(Redaction.Mask(VerifyCode))
            .Append(", SendToken = ").Append(Redaction.Mask(SendToken))
            .Append(", RegisterSource = ").Append(RegisterSource)
            .Append(", PhoneArea = ").Append(PhoneArea)
            .Append(", EmailArea = ").Append(EmailArea)
            .Append(", Password = ").Append(Redaction.Mask(Password))
            .Append(", CustomerGroupId = ").Append(CustomerGroupId)
            .Append(", TradeTypeCurrencyList = ").Append(TradeTypeCurrencyList)
            .Append(", OpenAccountType = ").Append(OpenAccountType)
            .Append(", RegisterDevice = ").Append(RegisterDevice)
            .Append(", UtmSource = ").Append(UtmSource)
            .Append(", UtmMedium = ").Append(UtmMedium)
            .Append(", UtmCampaign = ").Append(UtmCampaign)
            .Append(", UtmContent = ").Append(UtmContent)
            .Append(", UtmTerm = ").Append(UtmTerm)
            .Append(", ThirdServerCode = ").Append(ThirdServerCode)
            .Append(", ThirdServerSource = ").Append(ThirdServerSource)
            .Append(", Lang = ").Append(Lang);
        return true;
    }
}
