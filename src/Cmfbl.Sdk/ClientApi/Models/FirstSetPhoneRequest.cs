using System.Text.Json.Serialization;
using Cmfbl.Sdk.ClientApi.Models.Internal;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// The body of <c>customer.app.CustomerWebApiService.firstSetPhone</c>: sets the phone number of a customer who signed up through Telegram.
/// </summary>
/// <remarks>Properties left <see langword="null"/> are not sent. <see cref="ToString"/> prints <c>***</c> for the codes, tokens and passwords.</remarks>
public sealed record FirstSetPhoneRequest
{
    /// <summary>Gets the phone area code, e.g. <c>"+86"</c> (at most 15 characters) (<c>phoneArea</c>, required).</summary>
    [JsonPropertyName("phoneArea")]
    public required string PhoneArea { get; init; }

    /// <summary>Gets the phone number without the area code (at most 50 characters) (<c>phone</c>, required).</summary>
    [JsonPropertyName("phone")]
    public required string Phone { get; init; }

    /// <summary>Gets the SMS code sent to the number (kind <see cref="VerificationCodeType.SmsCommon"/>) (<c>verifyCode</c>, required). A secret: never printed.</summary>
    [JsonPropertyName("verifyCode")]
    public required string VerifyCode { get; init; }

    /// <summary>Gets the send token that <see cref="IVerificationApiService.VerifyCodeSendAsync"/> returned with that code (<c>sendToken</c>, required). A secret: never printed.</summary>
    [JsonPropertyName("sendToken")]
    public required string SendToken { get; init; }

    /// <summary>Gets the third-party source the customer signed up with: <c>"telegram"</c> (<c>thirdSource</c>, required).</summary>
    [JsonPropertyName("thirdSource")]
    public required string ThirdSource { get; init; }

    /// <summary>Gets the code sent through the third party (for Telegram, a code of kind <see cref="VerificationCodeType.SmsTelegram"/>) (<c>verifyCodeThirdType</c>, required). A secret: never printed.</summary>
    [JsonPropertyName("verifyCodeThirdType")]
    public required string VerifyCodeThirdType { get; init; }

    /// <summary>Gets the send token of <see cref="VerifyCodeThirdType"/> (<c>sendTokenThirdType</c>, required). A secret: never printed.</summary>
    [JsonPropertyName("sendTokenThirdType")]
    public required string SendTokenThirdType { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("PhoneArea = ").Append(PhoneArea)
            .Append(", Phone = ").Append(Phone)
            .Append(", VerifyCode = ").Append(Redaction.Mask(VerifyCode))
            .Append(", SendToken = ").Append(Redaction.Mask(SendToken))
            .Append(", ThirdSource = ").Append(ThirdSource)
            .Append(", VerifyCodeThirdType = ").Append(Redaction.Mask(VerifyCodeThirdType))
            .Append(", SendTokenThirdType = ").Append(Redaction.Mask(SendTokenThirdType));
        return true;
    }
}
