using System.Text.Json.Serialization;
using Cmfbl.Sdk.Models;

namespace Cmfbl.Sdk.ManagerApi.Models;

/// <summary>
/// The body of <c>customer.admin.CustomerGroupAdminApiService.groupList</c>: the company's customer groups. The vendor
/// documents no schema; these are the fields of its example. The answer is a list of <see cref="CustomerGroup"/>.
/// </summary>
public sealed record CustomerGroupListRequest
{
    /// <summary>Gets the trade type to list groups for (<c>tradeType</c>).</summary>
    [JsonPropertyName("tradeType")]
    public TradeType? TradeType { get; init; }

    /// <summary>Gets a customer number (<c>customerNo</c>), as in the vendor's example.</summary>
    [JsonPropertyName("customerNo")]
    public string? CustomerNo { get; init; }
}
