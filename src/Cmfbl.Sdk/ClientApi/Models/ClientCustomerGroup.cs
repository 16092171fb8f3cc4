using System.Text.Json.Serialization;
using Cmfbl.Sdk.Models;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>A customer group of the company, as a guest sees it (an item of <c>customer.app.CustomerWebApiService.groupList</c>): pick one for <see cref="RegisterRequest.CustomerGroupId"/>.</summary>
/// <remarks>Everything is nullable: a field the service leaves out reads as <see langword="null"/>.</remarks>
public sealed record ClientCustomerGroup
{
    /// <summary>Gets the customer group id (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public long? Id { get; set; }

    /// <summary>Gets the group's name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Gets whether this is an account-opening group, one new customers can be registered into: 1 yes, 0 no (<c>openAccountType</c>; unlike the customer field of the same name, not individual/enterprise).</summary>
    [JsonPropertyName("openAccountType")]
    public int? OpenAccountType { get; set; }

    /// <summary>Gets the kind of group: 0 real, 1 demo (test), 2 guest (<c>type</c>).</summary>
    [JsonPropertyName("type")]
    public CustomerGroupType? Type { get; set; }
}
