using System.Text.Json.Serialization;
using Cmfbl.Sdk.Models;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// The body of <c>customer.app.CustomerWebApiService.checkGoogleMFAStatus</c>: asks whether a customer has the Google Authenticator (MFA) on, before they log in.
/// </summary>
/// <remarks>Properties left <see langword="null"/> are not sent.</remarks>
public sealed record CheckGoogleMfaStatusRequest
{
    /// <summary>Gets the customer's e-mail address or phone number. The vendor's schema leaves it optional, but the answer is about this customer, so it is required here (<c>loginName</c>, required).</summary>
    [JsonPropertyName("loginName")]
    public required string LoginName { get; init; }

    /// <summary>Gets what <see cref="LoginName"/> is: 1 e-mail, 2 phone number (<c>type</c>, required).</summary>
    [JsonPropertyName("type")]
    public required LoginNameType Type { get; init; }

    /// <summary>Gets the phone area code. The vendor's schema marks it required but also gives it a default of <c>"+86"</c>, and its own web client leaves it out, so it is optional here (<c>phoneArea</c>).</summary>
    [JsonPropertyName("phoneArea")]
    public string? PhoneArea { get; init; }
}
