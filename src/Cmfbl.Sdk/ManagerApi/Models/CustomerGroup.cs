using System.Text.Json.Serialization;
using Cmfbl.Sdk.Models;

namespace Cmfbl.Sdk.ManagerApi.Models;

/// <summary>A customer group of the company (an item of <c>customer.admin.CustomerGroupAdminApiService.groupList</c>).</summary>
public sealed record CustomerGroup
{
    /// <summary>Gets the customer group id, the value for <see cref="AddCustomerRequest.CustomerGroupId"/> (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public long? Id { get; set; }

    /// <summary>Gets the group's name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>
    /// Gets whether this is an account-opening group, one new customers can be registered into: 1 yes, 0 no
    /// (<c>openAccountType</c>; unlike the customer field of the same name, not individual/enterprise).
    /// </summary>
    [JsonPropertyName("openAccountType")]
    public int? OpenAccountType { get; set; }

    /// <summary>Gets the kind of group: 0 real, 1 demo (test), 2 guest (<c>type</c>).</summary>
    [JsonPropertyName("type")]
    public CustomerGroupType? Type { get; set; }

    /// <summary>Gets the group's trade type (<c>tradeType</c>).</summary>
    [JsonPropertyName("tradeType")]
    public TradeType? TradeType { get; set; }

    /// <summary>Gets the group's assets (currencies), as the service sends them (<c>assets</c>).</summary>
    [JsonPropertyName("assets")]
    public string? Assets { get; set; }
}
