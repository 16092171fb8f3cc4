using System.Text.Json.Serialization;
using Cmfbl.Sdk.Models;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// The body of <c>customer.app.CustomerWebApiService.checkStatus</c>: asks whether a login name is registered, disabled or free.
/// </summary>
/// <remarks>Properties left <see langword="null"/> are not sent.</remarks>
public sealed record CheckStatusRequest
{
    /// <summary>Gets the e-mail address or phone number. The vendor's schema leaves it optional, but the answer is about this login name, so it is required here (<c>loginName</c>, required).</summary>
    [JsonPropertyName("loginName")]
    public required string LoginName { get; init; }

    /// <summary>Gets what <see cref="LoginName"/> is: 1 e-mail, 2 phone number (<c>type</c>, required).</summary>
    [JsonPropertyName("type")]
    public required LoginNameType Type { get; init; }
}
