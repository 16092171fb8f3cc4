using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.BridgeApi.Models;

/// <summary>The body of <c>tradeapi.admin.AccountAdminService.queryBalances</c>.</summary>
public sealed record BalanceQuery
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

    /// <summary>Gets whether to leave zero balances out (<c>omitZeroBalances</c>; the default is false).</summary>
    [JsonPropertyName("omitZeroBalances")]
    public bool? OmitZeroBalances { get; init; }

    /// <summary>Gets the currencies to answer, comma-separated and case-sensitive (<c>currency</c>); all when left out.</summary>
    [JsonPropertyName("currency")]
    public string? Currency { get; init; }
}
