using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.BridgeApi.Models;

/// <summary>
/// An order on an exchange account, as the place, cancel and query calls answer it. The vendor documents only part of
/// the answer: the fields it names are properties; other fields are not read.
/// </summary>
public sealed record DirectOrder
{
    /// <summary>Gets the exchange (<c>exchangeId</c>).</summary>
    [JsonPropertyName("exchangeId")]
    public string? ExchangeId { get; set; }

    /// <summary>Gets the exchange's order id (<c>orderId</c>; OKX answers a placement with the client id and status only).</summary>
    [JsonPropertyName("orderId")]
    public string? OrderId { get; set; }

    /// <summary>Gets your order id (<c>clientOrderId</c>).</summary>
    [JsonPropertyName("clientOrderId")]
    public string? ClientOrderId { get; set; }

    /// <summary>Gets the status (<c>status</c>): 1 submitted, 2 filled, 3 partially filled, 4 cancelled by the customer, 5 cancelled by the platform, 6 rejected, 7 expired.</summary>
    [JsonPropertyName("status")]
    public int? Status { get; set; }

    /// <summary>Gets the time in force (<c>timeInForce</c>).</summary>
    [JsonPropertyName("timeInForce")]
    public string? TimeInForce { get; set; }

    /// <summary>Gets the symbol (<c>symbolId</c>).</summary>
    [JsonPropertyName("symbolId")]
    public string? SymbolId { get; set; }

    /// <summary>Gets the order type (<c>bizType</c>: 1 market, 2 limit).</summary>
    [JsonPropertyName("bizType")]
    public int? OrderType { get; set; }
}
