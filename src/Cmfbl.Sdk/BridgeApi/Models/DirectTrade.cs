using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.BridgeApi.Models;

/// <summary>A fill of an exchange order. The vendor does not document the answer's fields: the ones its notifications name are properties; other fields are not read.</summary>
public sealed record DirectTrade
{
    /// <summary>Gets the fill's id (<c>tradeId</c>).</summary>
    [JsonPropertyName("tradeId")]
    public string? TradeId { get; set; }

    /// <summary>Gets the exchange's order id (<c>orderId</c>).</summary>
    [JsonPropertyName("orderId")]
    public string? OrderId { get; set; }

    /// <summary>Gets your order id (<c>clientOrderId</c>).</summary>
    [JsonPropertyName("clientOrderId")]
    public string? ClientOrderId { get; set; }

    /// <summary>Gets the symbol (<c>symbolId</c>).</summary>
    [JsonPropertyName("symbolId")]
    public string? SymbolId { get; set; }

    /// <summary>Gets the filled quantity (<c>executeNum</c>).</summary>
    [JsonPropertyName("executeNum")]
    public decimal? ExecuteNum { get; set; }

    /// <summary>Gets the fill price (<c>executePrice</c>).</summary>
    [JsonPropertyName("executePrice")]
    public decimal? ExecutePrice { get; set; }

    /// <summary>Gets when it filled (<c>executeTime</c>).</summary>
    [JsonPropertyName("executeTime")]
    public DateTimeOffset? ExecuteTime { get; set; }

    /// <summary>Gets the commission (<c>commission</c>: negative charged, positive rebate).</summary>
    [JsonPropertyName("commission")]
    public decimal? Commission { get; set; }

    /// <summary>Gets the commission's currency (<c>commissionCurrency</c>).</summary>
    [JsonPropertyName("commissionCurrency")]
    public string? CommissionCurrency { get; set; }
}
