using System.Text.Json.Serialization;
using Cmfbl.Sdk.ClientApi.Models.Internal;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// The body of <c>customer.app.CustomerWebApiService.checkPhone</c>: the second step of setting a password from an e-mail link: proves the customer's phone with an SMS code.
/// </summary>
/// <remarks>Properties left <see langword="null"/> are not sent. <see cref="ToString"/> prints <c>***</c> for the codes, tokens and passwords.</remarks>
public sealed record CheckPhoneRequest
{
    /// <summary>Gets the token in the e-mail link (<c>checkToken</c>, required). A secret: never printed.</summary>
    [JsonPropertyName("checkToken")]
    public required string CheckToken { get; init; }

    /// <summary>Gets the phone area code, e.g. <c>"+86"</c> (<c>phoneArea</c>, required).</summary>
    [JsonPropertyName("phoneArea")]
    public required string PhoneArea { get; init; }

    /// <summary>Gets the phone number without the area code (<c>phone</c>, required).</summary>
    [JsonPropertyName("phone")]
    public required string Phone { get; init; }

    /// <summary>Gets the SMS code sent to the phone (<c>smsVerifyCode</c>, required). A secret: never printed.</summary>
    [JsonPropertyName("smsVerifyCode")]
    public required string SmsVerifyCode { get; init; }

    /// <summary>Gets the send token of <see cref="SmsVerifyCode"/> (<c>smsSendToken</c>, required). A secret: never printed.</summary>
    [JsonPropertyName("smsSendToken")]
    public required string SmsSendToken { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("CheckToken = ").Append(Redaction.Mask(CheckToken))
            .Append(", PhoneArea = ").Append(PhoneArea)
            .Append(", Phone = ").Append(Phone)
            .Append(", SmsVerifyCode = ").Append(Redaction.Mask(SmsVerifyCode))
            .Append(", SmsSendToken = ").Append(Redaction.Mask(SmsSendToken));
        return true;
    }
}
