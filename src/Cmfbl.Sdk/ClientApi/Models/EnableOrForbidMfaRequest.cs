using System.Text.Json.Serialization;
using Cmfbl.Sdk.ClientApi.Models.Internal;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// The body of <c>customer.app.CustomerWebApiService.enableOrForbidMFA</c>: turns the Google Authenticator (MFA) on or off. A customer with a phone number proves it with an SMS code, one with an e-mail address with an e-mail code, one with both with both.
/// </summary>
/// <remarks>Properties left <see langword="null"/> are not sent. <see cref="ToString"/> prints <c>***</c> for the codes, tokens and passwords.</remarks>
public sealed record EnableOrForbidMfaRequest
{
    /// <summary>Gets whether to turn MFA on (1) or off (2) (<c>type</c>, required).</summary>
    [JsonPropertyName("type")]
    public required MfaSwitch Type { get; init; }

    /// <summary>Gets the id of the Google Authenticator binding (<c>googleId</c>, required).</summary>
    [JsonPropertyName("googleId")]
    public required long GoogleId { get; init; }

    /// <summary>Gets the current Google Authenticator code (<c>googleCode</c>). A secret: never printed.</summary>
    [JsonPropertyName("googleCode")]
    public string? GoogleCode { get; init; }

    /// <summary>Gets the verification code sent by SMS (the vendor's schema swaps the labels of the SMS and e-mail fields; the names are what count) (<c>verifyCodeSMS</c>). A secret: never printed.</summary>
    [JsonPropertyName("verifyCodeSMS")]
    public string? VerifyCodeSms { get; init; }

    /// <summary>Gets the send token of <see cref="VerifyCodeSms"/> (<c>sendTokenSMS</c>). A secret: never printed.</summary>
    [JsonPropertyName("sendTokenSMS")]
    public string? SendTokenSms { get; init; }

    /// <summary>Gets the verification code sent by e-mail (<c>verifyCodeEmail</c>). A secret: never printed.</summary>
    [JsonPropertyName("verifyCodeEmail")]
    public string? VerifyCodeEmail { get; init; }

    /// <summary>Gets the send token of <see cref="VerifyCodeEmail"/> (<c>sendTokenEmail</c>). A secret: never printed.</summary>
    [JsonPropertyName("sendTokenEmail")]
    public string? SendTokenEmail { get; init; }

    /// <summary>Gets the customer number; the service knows the customer from the session, so it can be left out (<c>customerNo</c>).</summary>
    [JsonPropertyName("customerNo")]
    public string? CustomerNo { get; init; }

    /// <summary>Gets the customer id; can be left out like <see cref="CustomerNo"/> (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public long? Id { get; init; }

    /// <summary>Gets a language, e.g. <c>"en-US"</c> (<c>lang</c>).</summary>
    [JsonPropertyName("lang")]
    public string? Lang { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Type = ").Append(Type)
            .Append(", GoogleId = ").Append(GoogleId)
            .Append(", GoogleCode = ").Append(Redaction.Mask(GoogleCode))
            .Append(", VerifyCodeSms = ").Append(Redaction.Mask(VerifyCodeSms))
            .Append(", SendTokenSms = ").Append(Redaction.Mask(SendTokenSms))
            .Append(", VerifyCodeEmail = ").Append(Redaction.Mask(VerifyCodeEmail))
            .Append(", SendTokenEmail = ").Append(Redaction.Mask(SendTokenEmail))
            .Append(", CustomerNo = ").Append(CustomerNo)
            .Append(", Id = ").Append(Id)
            .Append(", Lang = ").Append(Lang);
        return true;
    }
}
