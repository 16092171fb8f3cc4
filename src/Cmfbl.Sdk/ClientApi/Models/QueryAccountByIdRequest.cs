using System.Text.Json.Serialization;
using Cmfbl.Sdk.Models;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// The body of <c>customer.app.CustomerWebApiService.queryAccountById</c>: reads one trading account's funds as they are now; give <see cref="AccountId"/>, <see cref="Currency"/> or both.
/// </summary>
/// <remarks>Properties left <see langword="null"/> are not sent.</remarks>
public sealed record QueryAccountByIdRequest
{
    /// <summary>Gets the trade type of the account: 1 contract cross, 2 contract isolated, 3 leverage, 5 spot (<c>tradeType</c>, required).</summary>
    [JsonPropertyName("tradeType")]
    public required TradeType TradeType { get; init; }

    /// <summary>Gets the account id (<c>accountId</c>).</summary>
    [JsonPropertyName("accountId")]
    public long? AccountId { get; init; }

    /// <summary>Gets the account currency, e.g. <c>"USDT"</c> (<c>currency</c>).</summary>
    [JsonPropertyName("currency")]
    public string? Currency { get; init; }
}
