using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.Streams.Models;

/// <summary>The details of a trade message (its <c>paramMap</c>); the vendor sends every value as a string, read here as numbers and times.</summary>
public sealed record TradeFill
{
    /// <summary>Gets or sets the order id (match it with the <c>orderId</c> the order call answered) (<c>orderId</c>).</summary>
    [JsonPropertyName("orderId")]
    public long? OrderId { get; set; }

    /// <summary>Gets or sets the deal id (<c>dealId</c>).</summary>
    [JsonPropertyName("dealId")]
    public long? DealId { get; set; }

    /// <summary>Gets or sets the position id (<c>positionId</c>).</summary>
    [JsonPropertyName("positionId")]
    public long? PositionId { get; set; }

    /// <summary>Gets or sets the pending (limit) order id (<c>pendingId</c>).</summary>
    [JsonPropertyName("pendingId")]
    public long? PendingId { get; set; }

    /// <summary>Gets or sets the account id (<c>accountId</c>).</summary>
    [JsonPropertyName("accountId")]
    public long? AccountId { get; set; }

    /// <summary>Gets or sets the company id (<c>companyId</c>).</summary>
    [JsonPropertyName("companyId")]
    public long? CompanyId { get; set; }

    /// <summary>Gets or sets the order status: 1 received, 2 completed, 3 partially completed, 4 cancelled, 5 partially cancelled, 6 rejected, 7 expired (<c>orderStatus</c>).</summary>
    [JsonPropertyName("orderStatus")]
    public int? OrderStatus { get; set; }

    /// <summary>Gets or sets the order type (<c>orderType</c>).</summary>
    [JsonPropertyName("orderType")]
    public int? OrderType { get; set; }

    /// <summary>Gets or sets the order business type (<c>orderBizType</c>).</summary>
    [JsonPropertyName("orderBizType")]
    public int? OrderBizType { get; set; }

    /// <summary>Gets or sets the order direction: 1 buy, 2 sell (<c>orderDirection</c>).</summary>
    [JsonPropertyName("orderDirection")]
    public int? OrderDirection { get; set; }

    /// <summary>Gets or sets the deal direction: 1 buy, 2 sell (<c>direction</c>).</summary>
    [JsonPropertyName("direction")]
    public int? Direction { get; set; }

    /// <summary>Gets or sets the product id (<c>symbolId</c>).</summary>
    [JsonPropertyName("symbolId")]
    public long? SymbolId { get; set; }

    /// <summary>Gets or sets the product name (<c>symbolName</c>).</summary>
    [JsonPropertyName("symbolName")]
    public string? SymbolName { get; set; }

    /// <summary>Gets or sets the number of decimal places of the product's prices (<c>symbolDigits</c>).</summary>
    [JsonPropertyName("symbolDigits")]
    public int? SymbolDigits { get; set; }

    /// <summary>Gets or sets the contract size (<c>contractSize</c>).</summary>
    [JsonPropertyName("contractSize")]
    public decimal? ContractSize { get; set; }

    /// <summary>Gets or sets the fill price (<c>dealPrice</c>).</summary>
    [JsonPropertyName("dealPrice")]
    public decimal? DealPrice { get; set; }

    /// <summary>Gets or sets the executed price (<c>dealExecutePrice</c>).</summary>
    [JsonPropertyName("dealExecutePrice")]
    public decimal? DealExecutePrice { get; set; }

    /// <summary>Gets or sets the number of lots filled (<c>dealAmount</c>).</summary>
    [JsonPropertyName("dealAmount")]
    public decimal? DealAmount { get; set; }

    /// <summary>Gets or sets the executed quantity (<c>dealExecuteNum</c>).</summary>
    [JsonPropertyName("dealExecuteNum")]
    public decimal? DealExecuteNum { get; set; }

    /// <summary>Gets or sets the requested amount (<c>requestAmount</c>).</summary>
    [JsonPropertyName("requestAmount")]
    public decimal? RequestAmount { get; set; }

    /// <summary>Gets or sets the executed volume at the source (<c>sourceExecuteVol</c>).</summary>
    [JsonPropertyName("sourceExecuteVol")]
    public decimal? SourceExecuteVol { get; set; }

    /// <summary>Gets or sets the total executed volume at the source (<c>sourceExecuteVolSum</c>).</summary>
    [JsonPropertyName("sourceExecuteVolSum")]
    public decimal? SourceExecuteVolSum { get; set; }

    /// <summary>Gets or sets the commission (<c>commission</c>).</summary>
    [JsonPropertyName("commission")]
    public decimal? Commission { get; set; }

    /// <summary>Gets or sets the margin (the vendor capitalises this one) (<c>Margin</c>).</summary>
    [JsonPropertyName("Margin")]
    public decimal? Margin { get; set; }

    /// <summary>Gets or sets the currency (<c>currency</c>).</summary>
    [JsonPropertyName("currency")]
    public string? Currency { get; set; }

    /// <summary>Gets or sets the account currency (<c>accountCurrency</c>).</summary>
    [JsonPropertyName("accountCurrency")]
    public string? AccountCurrency { get; set; }

    /// <summary>Gets or sets the trading mode, as a number (<c>playType</c>).</summary>
    [JsonPropertyName("playType")]
    public int? PlayType { get; set; }

    /// <summary>Gets or sets where the order came from (<c>H5</c>, …) (<c>source</c>).</summary>
    [JsonPropertyName("source")]
    public string? Source { get; set; }

    /// <summary>Gets or sets the take-profit text (<c>--</c> when none) (<c>takeProfitMsg</c>).</summary>
    [JsonPropertyName("takeProfitMsg")]
    public string? TakeProfitMessage { get; set; }

    /// <summary>Gets or sets the stop-loss text (<c>--</c> when none) (<c>stopLossMsg</c>).</summary>
    [JsonPropertyName("stopLossMsg")]
    public string? StopLossMessage { get; set; }

    /// <summary>Gets or sets the message time in Unix milliseconds, as sent (<c>date</c>; <see cref="DealExecuteTime"/> is the same instant as a time).</summary>
    [JsonPropertyName("date")]
    public long? Date { get; set; }

    /// <summary>Gets or sets when the deal was executed (<c>dealExecuteTime</c>).</summary>
    [JsonPropertyName("dealExecuteTime")]
    public DateTimeOffset? DealExecuteTime { get; set; }
}
