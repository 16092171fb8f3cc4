using Cmfbl.Sdk.Models;
using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.Streams.Models;

/// <summary>A position, as the Manager data push sends it with <c>position_insert</c>, <c>position_update</c> and <c>position_delete</c>.</summary>
public sealed record PositionEventData
{
    /// <summary>Gets or sets the position id (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public long? Id { get; set; }

    /// <summary>Gets or sets the company id (<c>companyId</c>).</summary>
    [JsonPropertyName("companyId")]
    public long? CompanyId { get; set; }

    /// <summary>Gets or sets the customer id (<c>customerId</c>).</summary>
    [JsonPropertyName("customerId")]
    public long? CustomerId { get; set; }

    /// <summary>Gets or sets the customer number (<c>customerNo</c>).</summary>
    [JsonPropertyName("customerNo")]
    public string? CustomerNo { get; set; }

    /// <summary>Gets or sets the customer group id (<c>customerGroupId</c>).</summary>
    [JsonPropertyName("customerGroupId")]
    public long? CustomerGroupId { get; set; }

    /// <summary>Gets or sets the trading account id (<c>accountId</c>).</summary>
    [JsonPropertyName("accountId")]
    public long? AccountId { get; set; }

    /// <summary>Gets or sets the trading mode (<c>tradeType</c>).</summary>
    [JsonPropertyName("tradeType")]
    public TradeType? TradeType { get; set; }

    /// <summary>Gets or sets the trading model (<c>tradeModel</c>).</summary>
    [JsonPropertyName("tradeModel")]
    public int? TradeModel { get; set; }

    /// <summary>Gets or sets the opening business type (1 market open, 2 market close, 3 stop loss, 4 take profit, 5 liquidation, 12 limit open, …) (<c>bizType</c>).</summary>
    [JsonPropertyName("bizType")]
    public int? BizType { get; set; }

    /// <summary>Gets or sets the product id (<c>symbolId</c>).</summary>
    [JsonPropertyName("symbolId")]
    public long? SymbolId { get; set; }

    /// <summary>Gets or sets the number of decimal places of the prices (<c>symbolDigits</c>).</summary>
    [JsonPropertyName("symbolDigits")]
    public int? SymbolDigits { get; set; }

    /// <summary>Gets or sets the asset code (<c>currency</c>).</summary>
    [JsonPropertyName("currency")]
    public string? Currency { get; set; }

    /// <summary>Gets or sets the number of decimal places of the fees (<c>currencyDigits</c>).</summary>
    [JsonPropertyName("currencyDigits")]
    public int? CurrencyDigits { get; set; }

    /// <summary>Gets or sets the direction: 1 buy, 2 sell (<c>direction</c>).</summary>
    [JsonPropertyName("direction")]
    public int? Direction { get; set; }

    /// <summary>Gets or sets the position status: 1 open, 2 completed, 3 partially closed (<c>status</c>).</summary>
    [JsonPropertyName("status")]
    public int? Status { get; set; }

    /// <summary>Gets or sets the contract size (<c>contractSize</c>).</summary>
    [JsonPropertyName("contractSize")]
    public decimal? ContractSize { get; set; }

    /// <summary>Gets or sets the opened quantity (contract size × lots) (<c>openVolume</c>).</summary>
    [JsonPropertyName("openVolume")]
    public decimal? OpenVolume { get; set; }

    /// <summary>Gets or sets the opening price (<c>openPrice</c>).</summary>
    [JsonPropertyName("openPrice")]
    public decimal? OpenPrice { get; set; }

    /// <summary>Gets or sets the cost price (<c>costPrice</c>).</summary>
    [JsonPropertyName("costPrice")]
    public decimal? CostPrice { get; set; }

    /// <summary>Gets or sets the opening fee (<c>openFee</c>).</summary>
    [JsonPropertyName("openFee")]
    public decimal? OpenFee { get; set; }

    /// <summary>Gets or sets the closing fee (<c>closeFee</c>).</summary>
    [JsonPropertyName("closeFee")]
    public decimal? CloseFee { get; set; }

    /// <summary>Gets or sets the opening margin (<c>openMargin</c>).</summary>
    [JsonPropertyName("openMargin")]
    public decimal? OpenMargin { get; set; }

    /// <summary>Gets or sets the collateral amount (the vendor spells it <c>collatrealFrozen</c>) (<c>collatrealFrozen</c>).</summary>
    [JsonPropertyName("collatrealFrozen")]
    public decimal? CollateralFrozen { get; set; }

    /// <summary>Gets or sets the interest to be collected (isolated margin) (<c>interest</c>).</summary>
    [JsonPropertyName("interest")]
    public decimal? Interest { get; set; }

    /// <summary>Gets or sets the opening trade amount (<c>openTradeAmount</c>).</summary>
    [JsonPropertyName("openTradeAmount")]
    public decimal? OpenTradeAmount { get; set; }

    /// <summary>Gets or sets the current trade amount (<c>currentTradeAmount</c>).</summary>
    [JsonPropertyName("currentTradeAmount")]
    public decimal? CurrentTradeAmount { get; set; }

    /// <summary>Gets or sets the locked quantity (isolated margin) (<c>lockNum</c>).</summary>
    [JsonPropertyName("lockNum")]
    public decimal? LockNum { get; set; }

    /// <summary>Gets or sets the leverage (<c>crossLevelNum</c>).</summary>
    [JsonPropertyName("crossLevelNum")]
    public decimal? CrossLevelNum { get; set; }

    /// <summary>Gets or sets the maintenance margin (isolated margin) (<c>maintenanceMargin</c>).</summary>
    [JsonPropertyName("maintenanceMargin")]
    public decimal? MaintenanceMargin { get; set; }

    /// <summary>Gets or sets the margin type: 1 ratio, 2 range (<c>marginSetType</c>).</summary>
    [JsonPropertyName("marginSetType")]
    public int? MarginSetType { get; set; }

    /// <summary>Gets or sets the occupied margin (isolated margin) (<c>occupyTheMargin</c>).</summary>
    [JsonPropertyName("occupyTheMargin")]
    public decimal? OccupyTheMargin { get; set; }

    /// <summary>Gets or sets the unit margin (isolated margin) (<c>singleMargin</c>).</summary>
    [JsonPropertyName("singleMargin")]
    public decimal? SingleMargin { get; set; }

    /// <summary>Gets or sets the warning margin (isolated margin) (<c>warningMargin</c>).</summary>
    [JsonPropertyName("warningMargin")]
    public decimal? WarningMargin { get; set; }

    /// <summary>Gets or sets the take-profit price, an integer scaled by 10^<see cref="SymbolDigits"/> (<c>takeProfit</c>).</summary>
    [JsonPropertyName("takeProfit")]
    public decimal? TakeProfit { get; set; }

    /// <summary>Gets or sets the stop-loss price, an integer scaled by 10^<see cref="SymbolDigits"/> (<c>stopLoss</c>).</summary>
    [JsonPropertyName("stopLoss")]
    public decimal? StopLoss { get; set; }

    /// <summary>Gets or sets the deal id (<c>dealId</c>).</summary>
    [JsonPropertyName("dealId")]
    public long? DealId { get; set; }

    /// <summary>Gets or sets the order id (<c>orderId</c>).</summary>
    [JsonPropertyName("orderId")]
    public long? OrderId { get; set; }

    /// <summary>Gets or sets who created the row (<c>createBy</c>).</summary>
    [JsonPropertyName("createBy")]
    public string? CreateBy { get; set; }

    /// <summary>Gets or sets when the position was opened (<c>createTime</c>).</summary>
    [JsonPropertyName("createTime")]
    public DateTimeOffset? CreateTime { get; set; }

    /// <summary>Gets or sets who last updated the row (<c>updateBy</c>).</summary>
    [JsonPropertyName("updateBy")]
    public string? UpdateBy { get; set; }

    /// <summary>Gets or sets when the position was last updated (<c>updateTime</c>).</summary>
    [JsonPropertyName("updateTime")]
    public DateTimeOffset? UpdateTime { get; set; }
}
