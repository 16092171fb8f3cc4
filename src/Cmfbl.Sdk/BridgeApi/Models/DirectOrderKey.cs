using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.BridgeApi.Models;

/// <summary>The body of the cancel and query order calls: the order, by the exchange's <see cref="OrderId"/> or your <see cref="ClientOrderId"/> (one is required; <c>orderId</c> wins).</summary>
public sealed record DirectOrderKey : BridgeAccountScope
{
    /// <summary>Gets the symbol (<c>symbolId</c>, required).</summary>
    [JsonPropertyName("symbolId")]
    public required string SymbolId { get; init; }

    /// <summary>Gets the exchange's order id (<c>orderId</c>).</summary>
    [JsonPropertyName("orderId")]
    public string? OrderId { get; init; }

    /// <summary>Gets your order id (<c>clientOrderId</c>).</summary>
    [JsonPropertyName("clientOrderId")]
    public string? ClientOrderId { get; init; }
}
