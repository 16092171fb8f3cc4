using System.Text.Json.Serialization;
using Cmfbl.Sdk.ManagerApi.Models;

namespace Cmfbl.Sdk.BridgeApi.Models;

/// <summary>The body of the Bridge API's <c>customer.admin.WhiteCustomerAdminApiService.detailByCustomerNo</c>.</summary>
public sealed record BridgeCustomerDetailRequest
{
    /// <summary>Gets the customer's number (<c>customerNo</c>, required).</summary>
    [JsonPropertyName("customerNo")]
    public required string CustomerNo { get; init; }

    /// <summary>Gets the part of the record to read (<c>type</c>); the Bridge documentation shows <c>baseInfo</c>, the default.</summary>
    [JsonPropertyName("type")]
    public CustomerDetailType Type { get; init; } = CustomerDetailType.BaseInfo;
}
