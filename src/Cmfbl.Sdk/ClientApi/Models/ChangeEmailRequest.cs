using System.Text.Json.Serialization;
using Cmfbl.Sdk.ClientApi.Models.Internal;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// The body of <c>customer.app.CustomerWebApiService.changeEmail</c>: changes the customer's e-mail address, proven by a code sent to the new address.
/// </summary>
/// <remarks>Properties left <see langword="null"/> are not sent. <see cref="ToString"/> prints <c>***</c> for the codes, tokens and passwords.</remarks>
public sealed record ChangeEmailRequest
{
    /// <summary>Gets the new e-mail address (at most 50 characters) (<c>email</c>, required).</summary>
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

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Email = ").Append(Email)
            .Append(", EmailArea = ").Append(EmailArea)
            .Append(", VerifyCode = ").Append(Redaction.Mask(VerifyCode))
            .Append(", SendToken = ").Append(Redaction.Mask(SendToken));
        return true;
    }
}
