using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.BridgeApi.Models;

/// <summary>The body of the cancel and query order calls: the order, by the exchange's <see cref="OrderId"/> or your <see cref="ClientOrderId"/> (one is required; <c>orderId</c> wins).</summary>
public sealed record DirectOrderKey
{
    /// <summary>Gets the trade type (<c>tradeType</c>): 10, the trading bridge, the default.</summary>
    [JsonPropertyName("tradeType")]
    public int TradeType { get; init; } = 10;

    /// <summary>Gets the exchange (<c>exchangeId</c>, required): <c>binance</c> or <c>okx</c>.</summary>
    [JsonPropertyName("exchangeId")]
    public required string ExchangeId { get; init; }

    /// <summary>Gets the exchange account's alias (<c>accountName</c>, required).</summary>
    [JsonPropertyName("accountName")]
    public required string AccountName { get; init; }

    /// <summary>Gets the customer's id (<c>customerId</c>, optional).</summary>
    [JsonPropertyName("customerId")]
    public long? CustomerId { get; init; }

    /// <summary>Gets the customer's number (<c>customerNo</c>, required).</summary>
    [JsonPropertyName("customerNo")]
    public required string CustomerNo { get; init; }

    /// <summary>Gets the customer's group id (<c>customerGroupId</c>, required).</summary>
    [JsonPropertyName("customerGroupId")]
    public required long CustomerGroupId { get; init; }

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
