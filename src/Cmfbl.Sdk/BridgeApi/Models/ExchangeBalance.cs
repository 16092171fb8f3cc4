using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.BridgeApi.Models;

/// <summary>One currency's balance on an exchange account (the vendor sends the amounts as decimal strings).</summary>
public sealed record ExchangeBalance
{
    /// <summary>Gets the currency (<c>currency</c>).</summary>
    [JsonPropertyName("currency")]
    public string? Currency { get; set; }

    /// <summary>Gets the free balance (<c>balance</c>).</summary>
    [JsonPropertyName("balance")]
    public decimal Balance { get; set; }

    /// <summary>Gets the amount locked in open orders (<c>locked</c>).</summary>
    [JsonPropertyName("locked")]
    public decimal Locked { get; set; }
}
