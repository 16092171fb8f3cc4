using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.ManagerApi.Models;

/// <summary>
/// The body of <c>customer.admin.WhiteCustomerAdminApiService.detail</c>: one customer's details. The answer is a
/// <see cref="Sdk.Models.CustomerProfile"/>.
/// </summary>
public sealed record CustomerDetailRequest
{
    /// <summary>Gets which part of the details to return (<c>type</c>), e.g. <see cref="CustomerDetailType.BaseInfo"/>.</summary>
    [JsonPropertyName("type")]
    public required CustomerDetailType Type { get; init; }

    /// <summary>Gets the customer id (<c>id</c>; the service takes it as a string).</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>Gets the customer number (<c>customerNo</c>).</summary>
    [JsonPropertyName("customerNo")]
    public required string CustomerNo { get; init; }
}
