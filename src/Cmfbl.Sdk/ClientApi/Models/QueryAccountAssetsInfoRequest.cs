using System.Text.Json.Serialization;
using Cmfbl.Sdk.Models;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// The body of <c>customer.app.CustomerWebApiService.queryAccountAssetsInfo</c>: reads one leverage (3) or spot (5) account; give <see cref="AccountId"/>, <see cref="AccountCurrency"/> or both.
/// </summary>
/// <remarks>Properties left <see langword="null"/> are not sent.</remarks>
public sealed record QueryAccountAssetsInfoRequest
{
    /// <summary>Gets the trade type of the account: 3 leverage, 5 spot (matching) (<c>tradeType</c>, required).</summary>
    [JsonPropertyName("tradeType")]
    public required TradeType TradeType { get; init; }

    /// <summary>Gets the account id (<c>accountId</c>).</summary>
    [JsonPropertyName("accountId")]
    public long? AccountId { get; init; }

    /// <summary>Gets the account currency, e.g. <c>"USDT"</c> (<c>accountCurrency</c>).</summary>
    [JsonPropertyName("accountCurrency")]
    public string? AccountCurrency { get; init; }
}
