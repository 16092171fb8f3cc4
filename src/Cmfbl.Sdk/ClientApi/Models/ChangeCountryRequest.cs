using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// The body of <c>customer.app.CustomerWebApiService.changeCountry</c>: changes the customer's country. Refused when the customer has an approved KYC; on success, the KYC applications pending in the old country are rejected.
/// </summary>
/// <remarks>Properties left <see langword="null"/> are not sent.</remarks>
public sealed record ChangeCountryRequest
{
    /// <summary>Gets the new country, an ISO 3166 alpha-2 code such as <c>"US"</c> (<c>newCountry</c>, required).</summary>
    [JsonPropertyName("newCountry")]
    public required string NewCountry { get; init; }
}
