using System.Text.Json.Serialization;
using Cmfbl.Sdk.Models;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// The body of <c>customer.app.CustomerWebApiService.queryCustomerAssetsInfo</c>: reads the customer's total assets in one trade type (not the contract trade types).
/// </summary>
/// <remarks>Properties left <see langword="null"/> are not sent.</remarks>
public sealed record QueryCustomerAssetsInfoRequest
{
    /// <summary>Gets the trade type: 3 leverage, 5 spot, 8 wallet (8 has no <see cref="Cmfbl.Sdk.Models.TradeType"/> member; cast it: <c>(TradeType)8</c>) (<c>tradeType</c>, required).</summary>
    [JsonPropertyName("tradeType")]
    public required TradeType TradeType { get; init; }

    /// <summary>Gets the account currencies to include, comma-separated, e.g. <c>"USD,CNY"</c>; <see langword="null"/> includes all (<c>accountCurrency</c>).</summary>
    [JsonPropertyName("accountCurrency")]
    public string? AccountCurrency { get; init; }
}
