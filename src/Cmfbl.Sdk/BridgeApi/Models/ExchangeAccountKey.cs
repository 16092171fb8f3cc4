using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.BridgeApi.Models;

/// <summary>The body of the exchange-account list and delete calls: a customer, and for delete the account's alias.</summary>
public sealed record ExchangeAccountKey
{
    /// <summary>Gets the customer's number (<c>customerNo</c>, required).</summary>
    [JsonPropertyName("customerNo")]
    public required string CustomerNo { get; init; }

    /// <summary>Gets the account's alias (<c>accountName</c>; required to delete, a filter to list).</summary>
    [JsonPropertyName("accountName")]
    public string? AccountName { get; init; }
}
