using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.BridgeApi.Models;

/// <summary>The body of <c>tradeapi.admin.OrderAdminApiService.queryDirectTradeRecord</c>: fills of the last three months, at most 24 hours per call.</summary>
public sealed record DirectTradeQuery
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

    /// <summary>Gets the window's start (<c>startTime</c>; the window is at most 24 hours).</summary>
    [JsonPropertyName("startTime")]
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>Gets the window's end (<c>endTime</c>).</summary>
    [JsonPropertyName("endTime")]
    public DateTimeOffset? EndTime { get; init; }

    /// <summary>Gets how many fills to answer (<c>limit</c>: 20 by default, at most 100).</summary>
    [JsonPropertyName("limit")]
    public int? Limit { get; init; }
}
