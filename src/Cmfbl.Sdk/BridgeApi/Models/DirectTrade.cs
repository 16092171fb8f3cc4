using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.BridgeApi.Models;

/// <summary>A fill of an exchange order. The vendor does not document the answer's fields: the ones its notifications name are properties, the rest are kept in <see cref="AdditionalFields"/>.</summary>
public sealed record DirectTrade
{
    /// <summary>Gets the fill's id (<c>tradeId</c>).</summary>
    [JsonPropertyName("tradeId")]
    public string? TradeId { get; init; }

    /// <summary>Gets the exchange's order id (<c>orderId</c>).</summary>
    [JsonPropertyName("orderId")]
    public string? OrderId { get; init; }

    /// <summary>Gets your order id (<c>clientOrderId</c>).</summary>
    [JsonPropertyName("clientOrderId")]
    public string? ClientOrderId { get; init; }

    /// <summary>Gets the symbol (<c>symbolId</c>).</summary>
    [JsonPropertyName("symbolId")]
    public string? SymbolId { get; init; }

    /// <summary>Gets the filled quantity (<c>executeNum</c>).</summary>
    [JsonPropertyName("executeNum")]
    public decimal? ExecuteNum { get; init; }

    /// <summary>Gets the fill price (<c>executePrice</c>).</summary>
    [JsonPropertyName("executePrice")]
    public decimal? ExecutePrice { get; init; }

    /// <summary>Gets when it filled (<c>executeTime</c>).</summary>
    [JsonPropertyName("executeTime")]
    public DateTimeOffset? ExecuteTime { get; init; }

    /// <summary>Gets the commission (<c>commission</c>: negative charged, positive rebate).</summary>
    [JsonPropertyName("commission")]
    public decimal? Commission { get; init; }

    /// <summary>Gets the commission's currency (<c>commissionCurrency</c>).</summary>
    [JsonPropertyName("commissionCurrency")]
    public string? CommissionCurrency { get; init; }

    /// <summary>Gets the answer's fields the vendor does not document, as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalFields { get; init; }
}
