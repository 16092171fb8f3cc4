using System.Text.Json.Serialization;
using Cmfbl.Sdk.ClientApi.Models.Internal;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// The body of <c>customer.app.CustomerApiWebService.applyApi</c>: a new Open API key for the logged-in customer. The
/// service asks for a proof: a Google Authenticator code, or a phone or e-mail verification code with its send token.
/// </summary>
/// <remarks>Properties left <see langword="null"/> are not sent. <see cref="ToString"/> prints <c>***</c> for the codes and tokens.</remarks>
public sealed record ApplyApiRequest
{
    /// <summary>Gets the key's label, unique among the customer's keys (<c>tag</c>, required).</summary>
    [JsonPropertyName("tag")]
    public required string Tag { get; init; }

    /// <summary>Gets the Google Authenticator (MFA) code (<c>googleCode</c>). A secret: never printed.</summary>
    [JsonPropertyName("googleCode")]
    public string? GoogleCode { get; init; }

    /// <summary>Gets the SMS verification code (<c>phoneCode</c>); required with <see cref="PhoneSendToken"/>. A secret: never printed.</summary>
    [JsonPropertyName("phoneCode")]
    public string? PhoneCode { get; init; }

    /// <summary>Gets the e-mail verification code (<c>emailCode</c>); required with <see cref="EmailSendToken"/>. A secret: never printed.</summary>
    [JsonPropertyName("emailCode")]
    public string? EmailCode { get; init; }

    /// <summary>Gets the send token of the SMS code (<c>phoneSendToken</c>). A secret: never printed.</summary>
    [JsonPropertyName("phoneSendToken")]
    public string? PhoneSendToken { get; init; }

    /// <summary>Gets the send token of the e-mail code (<c>emailSendToken</c>). A secret: never printed.</summary>
    [JsonPropertyName("emailSendToken")]
    public string? EmailSendToken { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Tag = ").Append(Tag)
            .Append(", GoogleCode = ").Append(Redaction.Mask(GoogleCode))
            .Append(", PhoneCode = ").Append(Redaction.Mask(PhoneCode))
            .Append(", EmailCode = ").Append(Redaction.Mask(EmailCode))
            .Append(", PhoneSendToken = ").Append(Redaction.Mask(PhoneSendToken))
            .Append(", EmailSendToken = ").Append(Redaction.Mask(EmailSendToken));
        return true;
    }
}
