using System.Text.Json.Serialization;
using Cmfbl.Sdk.ClientApi.Models.Internal;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// The body of <c>customer.app.CustomerWebApiService.changePhoneV1v1v2</c>: changes the customer's phone number, proven by codes sent to the new and the old number, or by the Google Authenticator code.
/// </summary>
/// <remarks>Properties left <see langword="null"/> are not sent. <see cref="ToString"/> prints <c>***</c> for the codes, tokens and passwords.</remarks>
public sealed record ChangePhoneWithGoogleCodeRequest
{
    /// <summary>Gets the new phone area code, e.g. <c>"+86"</c> (<c>phoneArea</c>, required).</summary>
    [JsonPropertyName("phoneArea")]
    public required string PhoneArea { get; init; }

    /// <summary>Gets the new phone number without the area code (<c>phone</c>, required).</summary>
    [JsonPropertyName("phone")]
    public required string Phone { get; init; }

    /// <summary>Gets the verification code sent to the new number (<c>verifyCode</c>, required). A secret: never printed.</summary>
    [JsonPropertyName("verifyCode")]
    public required string VerifyCode { get; init; }

    /// <summary>Gets the send token that <see cref="IVerificationApiService.VerifyCodeSendAsync"/> returned with that code (<c>sendToken</c>, required). A secret: never printed.</summary>
    [JsonPropertyName("sendToken")]
    public required string SendToken { get; init; }

    /// <summary>Gets the verification code sent to the old number. The vendor's schema marks it required, but its description says a customer with MFA on gives <see cref="GoogleCode"/> instead, so it is optional here (<c>verifyCodeOld</c>). A secret: never printed.</summary>
    [JsonPropertyName("verifyCodeOld")]
    public string? VerifyCodeOld { get; init; }

    /// <summary>Gets the send token of <see cref="VerifyCodeOld"/>; optional like it (<c>sendTokenOld</c>). A secret: never printed.</summary>
    [JsonPropertyName("sendTokenOld")]
    public string? SendTokenOld { get; init; }

    /// <summary>Gets the Google Authenticator (MFA) code; required when the customer has MFA on (<c>googleCode</c>). A secret: never printed.</summary>
    [JsonPropertyName("googleCode")]
    public string? GoogleCode { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("PhoneArea = ").Append(PhoneArea)
            .Append(", Phone = ").Append(Phone)
            .Append(", VerifyCode = ").Append(Redaction.Mask(VerifyCode))
            .Append(", SendToken = ").Append(Redaction.Mask(SendToken))
            .Append(", VerifyCodeOld = ").Append(Redaction.Mask(VerifyCodeOld))
            .Append(", SendTokenOld = ").Append(Redaction.Mask(SendTokenOld))
            .Append(", GoogleCode = ").Append(Redaction.Mask(GoogleCode));
        return true;
    }
}
