using System.Text.Json.Serialization;
using Cmfbl.Sdk.ClientApi.Models.Internal;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// The body of <c>customer.app.CustomerWebApiService.changeEmailMFA</c>: changes the customer's e-mail address; the customer chooses how to prove the old credentials.
/// </summary>
/// <remarks>Properties left <see langword="null"/> are not sent. <see cref="ToString"/> prints <c>***</c> for the codes, tokens and passwords.</remarks>
public sealed record ChangeEmailMfaRequest
{
    /// <summary>Gets the new e-mail address (at most 50 characters); its code is of kind <see cref="VerificationCodeType.EmailCommon"/> (<c>email</c>, required).</summary>
    [JsonPropertyName("email")]
    public required string Email { get; init; }

    /// <summary>Gets the code sent to the new value (<c>verifyCodeNew</c>, required). A secret: never printed.</summary>
    [JsonPropertyName("verifyCodeNew")]
    public required string VerifyCodeNew { get; init; }

    /// <summary>Gets the send token of <see cref="VerifyCodeNew"/> (<c>sendTokenNew</c>, required). A secret: never printed.</summary>
    [JsonPropertyName("sendTokenNew")]
    public required string SendTokenNew { get; init; }

    /// <summary>Gets how the customer proves the old value: 1 an e-mail code (kind <see cref="VerificationCodeType.EmailLoggedIn"/>), 2 an SMS code (kind <see cref="VerificationCodeType.SmsLoggedIn"/>) (<c>type</c>, required).</summary>
    [JsonPropertyName("type")]
    public required VerificationChannel Type { get; init; }

    /// <summary>Gets the code that proves the old value, sent through the channel <see cref="Type"/> names (<c>verifyCodeOld</c>, required). A secret: never printed.</summary>
    [JsonPropertyName("verifyCodeOld")]
    public required string VerifyCodeOld { get; init; }

    /// <summary>Gets the send token of <see cref="VerifyCodeOld"/> (<c>sendTokenOld</c>, required). A secret: never printed.</summary>
    [JsonPropertyName("sendTokenOld")]
    public required string SendTokenOld { get; init; }

    /// <summary>Gets the Google Authenticator (MFA) code; required when the customer has MFA on (<c>googleCode</c>). A secret: never printed.</summary>
    [JsonPropertyName("googleCode")]
    public string? GoogleCode { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Email = ").Append(Email)
            .Append(", VerifyCodeNew = ").Append(Redaction.Mask(VerifyCodeNew))
            .Append(", SendTokenNew = ").Append(Redaction.Mask(SendTokenNew))
            .Append(", Type = ").Append(Type)
            .Append(", VerifyCodeOld = ").Append(Redaction.Mask(VerifyCodeOld))
            .Append(", SendTokenOld = ").Append(Redaction.Mask(SendTokenOld))
            .Append(", GoogleCode = ").Append(Redaction.Mask(GoogleCode));
        return true;
    }
}
