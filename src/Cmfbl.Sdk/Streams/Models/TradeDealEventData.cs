using Cmfbl.Sdk.Models;
using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.Streams.Models;

/// <summary>A deal (a fill), as the Manager data push sends it with <c>trade_deal</c>.</summary>
public sealed record TradeDealEventData
{
    /// <summary>Gets or sets the deal id (<c>id</c>).</summary>
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

    /// <summary>Gets or sets the account id (<c>accountId</c>).</summary>
    [JsonPropertyName("accountId")]
    public long? AccountId { get; set; }

    /// <summary>Gets or sets the number of decimal places of the account's amounts (scales <see cref="Pnl"/>) (<c>accountDigits</c>).</summary>
    [JsonPropertyName("accountDigits")]
    public int? AccountDigits { get; set; }

    /// <summary>Gets or sets the trading mode (<c>tradeType</c>).</summary>
    [JsonPropertyName("tradeType")]
    public TradeType? TradeType { get; set; }

    /// <summary>Gets or sets the business type (<c>bizType</c>).</summary>
    [JsonPropertyName("bizType")]
    public int? BizType { get; set; }

    /// <summary>Gets or sets the order id (<c>orderId</c>).</summary>
    [JsonPropertyName("orderId")]
    public long? OrderId { get; set; }

    /// <summary>Gets or sets the order status (0 initial, 1 placed, 2 filled, 3 partially filled, 4 cancelled, …) (<c>orderStatus</c>).</summary>
    [JsonPropertyName("orderStatus")]
    public int? OrderStatus { get; set; }

    /// <summary>Gets or sets the position id (<c>positionId</c>).</summary>
    [JsonPropertyName("positionId")]
    public long? PositionId { get; set; }

    /// <summary>Gets or sets the product id (<c>symbolId</c>).</summary>
    [JsonPropertyName("symbolId")]
    public long? SymbolId { get; set; }

    /// <summary>Gets or sets the product name (<c>symbolName</c>).</summary>
    [JsonPropertyName("symbolName")]
    public string? SymbolName { get; set; }

    /// <summary>Gets or sets the contract size (<c>contractSize</c>).</summary>
    [JsonPropertyName("contractSize")]
    public decimal? ContractSize { get; set; }

    /// <summary>Gets or sets the direction: 1 buy, 2 sell (<c>direction</c>).</summary>
    [JsonPropertyName("direction")]
    public int? Direction { get; set; }

    /// <summary>Gets or sets the number of decimal places <see cref="ExecutePrice"/> is scaled by (<c>digits</c>).</summary>
    [JsonPropertyName("digits")]
    public int? Digits { get; set; }

    /// <summary>Gets or sets the average fill price, scaled by 10^<see cref="Digits"/> (<c>executePrice</c>).</summary>
    [JsonPropertyName("executePrice")]
    public decimal? ExecutePrice { get; set; }

    /// <summary>Gets or sets the filled quantity (<c>executeNum</c>).</summary>
    [JsonPropertyName("executeNum")]
    public decimal? ExecuteNum { get; set; }

    /// <summary>Gets or sets when the deal was filled (<c>executeTime</c>).</summary>
    [JsonPropertyName("executeTime")]
    public DateTimeOffset? ExecuteTime { get; set; }

    /// <summary>Gets or sets the opening margin (<c>executeMargin</c>).</summary>
    [JsonPropertyName("executeMargin")]
    public decimal? ExecuteMargin { get; set; }

    /// <summary>Gets or sets the margin category id (<c>executeMarginCategoryId</c>).</summary>
    [JsonPropertyName("executeMarginCategoryId")]
    public long? ExecuteMarginCategoryId { get; set; }

    /// <summary>Gets or sets the fee, scaled by 10^<see cref="FeeDigits"/> (<c>fee</c>).</summary>
    [JsonPropertyName("fee")]
    public decimal? Fee { get; set; }

    /// <summary>Gets or sets the number of decimal places <see cref="Fee"/> is scaled by (<c>feeDigits</c>).</summary>
    [JsonPropertyName("feeDigits")]
    public int? FeeDigits { get; set; }

    /// <summary>Gets or sets the fee converted to USDT, scaled by 10^<see cref="ConvertFeeDigits"/> (<c>convertFee</c>).</summary>
    [JsonPropertyName("convertFee")]
    public decimal? ConvertFee { get; set; }

    /// <summary>Gets or sets the number of decimal places <see cref="ConvertFee"/> is scaled by (<c>convertFeeDigits</c>).</summary>
    [JsonPropertyName("convertFeeDigits")]
    public int? ConvertFeeDigits { get; set; }

    /// <summary>Gets or sets the rate the fee was converted to USDT at (<c>convertExchangeRate</c>).</summary>
    [JsonPropertyName("convertExchangeRate")]
    public decimal? ConvertExchangeRate { get; set; }

    /// <summary>Gets or sets the closing profit and loss, scaled by 10^<see cref="AccountDigits"/> (<c>pnl</c>).</summary>
    [JsonPropertyName("pnl")]
    public decimal? Pnl { get; set; }

    /// <summary>Gets or sets the point ratio (<c>pointRatio</c>).</summary>
    [JsonPropertyName("pointRatio")]
    public decimal? PointRatio { get; set; }

    /// <summary>Gets or sets the spread (<c>spread</c>).</summary>
    [JsonPropertyName("spread")]
    public decimal? Spread { get; set; }

    /// <summary>Gets or sets where the order came from (<c>H5</c>, <c>PC_Web</c>, <c>System</c>, <c>Android</c>, <c>iOS</c>, …) (<c>source</c>).</summary>
    [JsonPropertyName("source")]
    public string? Source { get; set; }

    /// <summary>Gets or sets the third-party order reference (<c>thirdPartyOrder</c>).</summary>
    [JsonPropertyName("thirdPartyOrder")]
    public string? ThirdPartyOrder { get; set; }

    /// <summary>Gets or sets when the row was created (<c>createTime</c>).</summary>
    [JsonPropertyName("createTime")]
    public DateTimeOffset? CreateTime { get; set; }

    /// <summary>Gets or sets when the row was last updated (<c>updateTime</c>).</summary>
    [JsonPropertyName("updateTime")]
    public DateTimeOffset? UpdateTime { get; set; }
}
