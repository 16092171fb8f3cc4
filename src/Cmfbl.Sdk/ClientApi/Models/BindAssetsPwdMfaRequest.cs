using System.Text.Json.Serialization;
using Cmfbl.Sdk.ClientApi.Models.Internal;
using Cmfbl.Sdk.Security;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// The body of <c>customer.app.CustomerWebApiService.bindAssertsPwdMFA</c>: sets the fund password, proven by a verification code.
/// </summary>
/// <remarks>Properties left <see langword="null"/> are not sent. <see cref="ToString"/> prints <c>***</c> for the codes, tokens and passwords.</remarks>
public sealed record BindAssetsPwdMfaRequest
{
    /// <summary>Gets the fund password, sent as its lowercase hex MD5 (<c>newPwd</c>, required).</summary>
    [JsonPropertyName("newPwd")]
    public required Md5Password NewPassword { get; init; }

    /// <summary>Gets the code sent to the customer (kind <see cref="VerificationCodeType.EmailLoggedIn"/> or <see cref="VerificationCodeType.SmsLoggedIn"/>) (<c>verifyCode</c>, required). A secret: never printed.</summary>
    [JsonPropertyName("verifyCode")]
    public required string VerifyCode { get; init; }

    /// <summary>Gets the send token that <see cref="IVerificationApiService.VerifyCodeSendAsync"/> returned with that code. The vendor's schema names this field <c>sendToken6</c>, an evident typo: its own example and every sibling operation send <c>sendToken</c>, and so does the SDK (<c>sendToken</c>, required). A secret: never printed.</summary>
    [JsonPropertyName("sendToken")]
    public required string SendToken { get; init; }

    /// <summary>Gets the channel the verification code was sent through: 1 e-mail, 2 SMS (<c>type</c>, required).</summary>
    [JsonPropertyName("type")]
    public required VerificationChannel Type { get; init; }

    /// <summary>Gets the Google Authenticator (MFA) code; required when the customer has MFA on (<c>googleCode</c>). A secret: never printed.</summary>
    [JsonPropertyName("googleCode")]
    public string? GoogleCode { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("NewPassword = ").Append(Redaction.Mask(NewPassword))
            .Append(", VerifyCode = ").Append(Redaction.Mask(VerifyCode))
            .Append(", SendToken = ").Append(Redaction.Mask(SendToken))
            .Append(", Type = ").Append(Type)
            .Append(", GoogleCode = ").Append(Redaction.Mask(GoogleCode));
        return true;
    }
}
