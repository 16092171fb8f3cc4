using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.BridgeApi.Models;

/// <summary>
/// An order on an exchange account, as the place, cancel and query calls answer it. The vendor documents only part of
/// the answer: the fields it names are properties, every other field is kept in <see cref="AdditionalFields"/>.
/// </summary>
public sealed record DirectOrder
{
    /// <summary>Gets the exchange (<c>exchangeId</c>).</summary>
    [JsonPropertyName("exchangeId")]
    public string? ExchangeId { get; init; }

    /// <summary>Gets the exchange's order id (<c>orderId</c>; OKX answers a placement with the client id and status only).</summary>
    [JsonPropertyName("orderId")]
    public string? OrderId { get; init; }

    /// <summary>Gets your order id (<c>clientOrderId</c>).</summary>
    [JsonPropertyName("clientOrderId")]
    public string? ClientOrderId { get; init; }

    /// <summary>Gets the status (<c>status</c>): 1 submitted, 2 filled, 3 partially filled, 4 cancelled by the customer, 5 cancelled by the platform, 6 rejected, 7 expired.</summary>
    [JsonPropertyName("status")]
    public int? Status { get; init; }

    /// <summary>Gets the time in force (<c>timeInForce</c>).</summary>
    [JsonPropertyName("timeInForce")]
    public string? TimeInForce { get; init; }

    /// <summary>Gets the symbol (<c>symbolId</c>).</summary>
    [JsonPropertyName("symbolId")]
    public string? SymbolId { get; init; }

    /// <summary>Gets the order type (<c>bizType</c>: 1 market, 2 limit).</summary>
    [JsonPropertyName("bizType")]
    public int? OrderType { get; init; }

    /// <summary>Gets the answer's fields the vendor does not document, as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalFields { get; init; }
}
