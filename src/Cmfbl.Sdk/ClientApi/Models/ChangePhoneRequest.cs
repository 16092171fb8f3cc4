using System.Text.Json.Serialization;
using Cmfbl.Sdk.ClientApi.Models.Internal;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// The body of <c>customer.app.CustomerWebApiService.changePhone</c>: changes the customer's phone number, proven by a code sent to the new number.
/// </summary>
/// <remarks>Properties left <see langword="null"/> are not sent. <see cref="ToString"/> prints <c>***</c> for the codes, tokens and passwords.</remarks>
public sealed record ChangePhoneRequest
{
    /// <summary>Gets the new phone area code, e.g. <c>"+86"</c> (at most 15 characters) (<c>phoneArea</c>, required).</summary>
    [JsonPropertyName("phoneArea")]
    public required string PhoneArea { get; init; }

    /// <summary>Gets the new phone number without the area code (at most 50 characters) (<c>phone</c>, required).</summary>
    [JsonPropertyName("phone")]
    public required string Phone { get; init; }

    /// <summary>Gets the verification code sent to the new number (<c>verifyCode</c>, required). A secret: never printed.</summary>
    [JsonPropertyName("verifyCode")]
    public required string VerifyCode { get; init; }

    /// <summary>Gets the send token that <see cref="IVerificationApiService.VerifyCodeSendAsync"/> returned with that code (<c>sendToken</c>, required). A secret: never printed.</summary>
    [JsonPropertyName("sendToken")]
    public required string SendToken { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("PhoneArea = ").Append(PhoneArea)
            .Append(", Phone = ").Append(Phone)
            .Append(", VerifyCode = ").Append(Redaction.Mask(VerifyCode))
            .Append(", SendToken = ").Append(Redaction.Mask(SendToken));
        return true;
    }
}
