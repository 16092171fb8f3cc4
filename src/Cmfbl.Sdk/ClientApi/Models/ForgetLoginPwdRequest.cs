using System.Text.Json.Serialization;
using Cmfbl.Sdk.ClientApi.Models.Internal;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Security;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// The body of <c>customer.app.CustomerWebApiService.forgetLoginPwd</c>: resets a forgotten login password (a guest call).
/// </summary>
/// <remarks>Properties left <see langword="null"/> are not sent. <see cref="ToString"/> prints <c>***</c> for the codes, tokens and passwords.</remarks>
public sealed record ForgetLoginPwdRequest
{
    /// <summary>Gets the customer's e-mail address or phone number (<c>loginName</c>, required).</summary>
    [JsonPropertyName("loginName")]
    public required string LoginName { get; init; }

    /// <summary>Gets what <see cref="LoginName"/> is: 1 e-mail, 2 phone number (<c>type</c>, required).</summary>
    [JsonPropertyName("type")]
    public required LoginNameType Type { get; init; }

    /// <summary>Gets the phone area code; the service assumes <c>"+86"</c> (<c>phoneArea</c>).</summary>
    [JsonPropertyName("phoneArea")]
    public string? PhoneArea { get; init; }

    /// <summary>Gets the new login password, sent as its lowercase hex MD5 (<c>newPwd</c>, required).</summary>
    [JsonPropertyName("newPwd")]
    public required Md5Password NewPassword { get; init; }

    /// <summary>Gets the verification code the customer received (<c>verifyCode</c>, required). A secret: never printed.</summary>
    [JsonPropertyName("verifyCode")]
    public required string VerifyCode { get; init; }

    /// <summary>Gets the send token that <see cref="IVerificationApiService.VerifyCodeSendAsync"/> returned with that code (<c>sendToken</c>, required). A secret: never printed.</summary>
    [JsonPropertyName("sendToken")]
    public required string SendToken { get; init; }

    /// <summary>Gets the token <see cref="IVerificationApiService.VerifyCodeCheckAsync"/> returned for the code (<c>verifyCodeToken</c>, required). A secret: never printed.</summary>
    [JsonPropertyName("verifyCodeToken")]
    public required string VerifyCodeToken { get; init; }

    /// <summary>Gets the Google Authenticator (MFA) code; required when the customer has MFA on (<c>googleCode</c>). A secret: never printed.</summary>
    [JsonPropertyName("googleCode")]
    public string? GoogleCode { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("LoginName = ").Append(LoginName)
            .Append(", Type = ").Append(Type)
            .Append(", PhoneArea = ").Append(PhoneArea)
            .Append(", NewPassword = ").Append(Redaction.Mask(NewPassword))
            .Append(", VerifyCode = ").Append(Redaction.Mask(VerifyCode))
            .Append(", SendToken = ").Append(Redaction.Mask(SendToken))
            .Append(", VerifyCodeToken = ").Append(Redaction.Mask(VerifyCodeToken))
            .Append(", GoogleCode = ").Append(Redaction.Mask(GoogleCode));
        return true;
    }
}
