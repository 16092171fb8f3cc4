using System.Text.Json.Serialization;
using Cmfbl.Sdk.Models;

namespace Cmfbl.Sdk.ManagerApi.Models;

/// <summary>
/// The body of <c>customer.admin.CustomerAdminApiService.queryAccountList</c>: a customer's trading accounts and
/// balances for one trade type. The answer is a list of <see cref="TradingAccount"/>.
/// </summary>
public sealed record AccountListRequest
{
    /// <summary>Gets the customer number (<c>customerNo</c>).</summary>
    [JsonPropertyName("customerNo")]
    public required string CustomerNo { get; init; }

    /// <summary>Gets the trade type whose accounts to return (<c>tradeType</c>).</summary>
    [JsonPropertyName("tradeType")]
    public required TradeType TradeType { get; init; }
}
