using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// The body of <c>customer.app.CustomerWebApiService.changeCustomerAddressAndPostalCode</c>: changes the customer's mailing address and postal code.
/// </summary>
/// <remarks>Properties left <see langword="null"/> are not sent.</remarks>
public sealed record ChangeCustomerAddressAndPostalCodeRequest
{
    /// <summary>Gets the mailing address (<c>address</c>, required).</summary>
    [JsonPropertyName("address")]
    public required string Address { get; init; }

    /// <summary>Gets the postal code (<c>postalCode</c>, required).</summary>
    [JsonPropertyName("postalCode")]
    public required string PostalCode { get; init; }
}
