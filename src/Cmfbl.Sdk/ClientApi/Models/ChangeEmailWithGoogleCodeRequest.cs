using System.Text.Json.Serialization;
using Cmfbl.Sdk.ClientApi.Models.Internal;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// The body of <c>customer.app.CustomerWebApiService.changeEmailV1v1v2</c>: changes the customer's e-mail address, proven by codes sent to the new and the old address, or by the Google Authenticator code.
/// </summary>
/// <remarks>Properties left <see langword="null"/> are not sent. <see cref="ToString"/> prints <c>***</c> for the codes, tokens and passwords.</remarks>
public sealed record ChangeEmailWithGoogleCodeRequest
{
    /// <summary>Gets the new e-mail address (<c>email</c>, required).</summary>
    [JsonPropertyName("email")]
    public required string Email { get; init; }

    /// <summary>Gets the e-mail "area code" (at most 15 characters), e.g. <c>"+86"</c> (<c>emailArea</c>, required).</summary>
    [JsonPropertyName("emailArea")]
    public required string EmailArea { get; init; }

    /// <summary>Gets the verification code sent to the new address (<c>verifyCode</c>, required). A secret: never printed.</summary>
    [JsonPropertyName("verifyCode")]
    public required string VerifyCode { get; init; }

    /// <summary>Gets the send token that <see cref="IVerificationApiService.VerifyCodeSendAsync"/> returned with that code (<c>sendToken</c>, required). A secret: never printed.</summary>
    [JsonPropertyName("sendToken")]
    public required string SendToken { get; init; }

    /// <summary>Gets the verification code sent to the old address. The vendor's schema marks it required, but its description says a customer with MFA on gives <see cref="GoogleCode"/> instead, so it is optional here (<c>verifyCodeOld</c>). A secret: never printed.</summary>
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
        builder.Append("Email = ").Append(Email)
            .Append(", EmailArea = ").Append(EmailArea)
            .Append(", VerifyCode = ").Append(Redaction.Mask(VerifyCode))
            .Append(", SendToken = ").Append(Redaction.Mask(SendToken))
            .Append(", VerifyCodeOld = ").Append(Redaction.Mask(VerifyCodeOld))
            .Append(", SendTokenOld = ").Append(Redaction.Mask(SendTokenOld))
            .Append(", GoogleCode = ").Append(Redaction.Mask(GoogleCode));
        return true;
    }
}
