using System.Text.Json.Serialization;
using Cmfbl.Sdk.ClientApi.Models.Internal;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Security;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// The body of <c>customer.app.CustomerWebApiService.forgetAssertsPwd</c>: resets a forgotten fund password with a verification code.
/// </summary>
/// <remarks>Properties left <see langword="null"/> are not sent. <see cref="ToString"/> prints <c>***</c> for the codes, tokens and passwords.</remarks>
public sealed record ForgetAssetsPwdRequest
{
    /// <summary>Gets the customer's e-mail address or phone number (<c>loginName</c>, required).</summary>
    [JsonPropertyName("loginName")]
    public required string LoginName { get; init; }

    /// <summary>Gets what <see cref="LoginName"/> is: 1 e-mail, 2 phone number (<c>type</c>, required).</summary>
    [JsonPropertyName("type")]
    public required LoginNameType Type { get; init; }

    /// <summary>Gets the phone area code, needed when <see cref="Type"/> is phone; the service assumes <c>"+86"</c> (<c>phoneArea</c>).</summary>
    [JsonPropertyName("phoneArea")]
    public string? PhoneArea { get; init; }

    /// <summary>Gets the new fund password, sent as its lowercase hex MD5 (<c>newPwd</c>, required).</summary>
    [JsonPropertyName("newPwd")]
    public required Md5Password NewPassword { get; init; }

    /// <summary>Gets the verification code the customer received (<c>verifyCode</c>, required). A secret: never printed.</summary>
    [JsonPropertyName("verifyCode")]
    public required string VerifyCode { get; init; }

    /// <summary>Gets the send token that <see cref="IVerificationApiService.VerifyCodeSendAsync"/> returned with that code (<c>sendToken</c>, required). A secret: never printed.</summary>
    [JsonPropertyName("sendToken")]
    public required string SendToken { get; init; }

    /// <summary>Gets the token <see cref="IVerificationApiService.VerifyCodeCheckAsync"/> returned for the code. The service checks it first and falls back to the code and send token when it fails; the vendor's schema marks it required, but its own description makes it an alternative, so it is optional here (<c>verifyCodeToken</c>). A secret: never printed.</summary>
    [JsonPropertyName("verifyCodeToken")]
    public string? VerifyCodeToken { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("LoginName = ").Append(LoginName)
            .Append(", Type = ").Append(Type)
            .Append(", PhoneArea = ").Append(PhoneArea)
            .Append(", NewPassword = ").Append(Redaction.Mask(NewPassword))
            .Append(", VerifyCode = ").Append(Redaction.Mask(VerifyCode))
            .Append(", SendToken = ").Append(Redaction.Mask(SendToken))
            .Append(", VerifyCodeToken = ").Append(Redaction.Mask(VerifyCodeToken));
        return true;
    }
}
