using Cmfbl.Sdk.Models;
using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.Streams.Models;

/// <summary>A ledger movement of an account, as the Manager data push sends it with <c>subject_water_insert</c> and <c>subject_water_update</c>.</summary>
public sealed record LedgerMovementEventData
{
    /// <summary>Gets or sets the record id (<c>id</c>).</summary>
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

    /// <summary>Gets or sets the account id (<c>accountId</c>).</summary>
    [JsonPropertyName("accountId")]
    public long? AccountId { get; set; }

    /// <summary>Gets or sets the account type (<c>accountType</c>).</summary>
    [JsonPropertyName("accountType")]
    public int? AccountType { get; set; }

    /// <summary>Gets or sets the trading mode (<c>tradeType</c>).</summary>
    [JsonPropertyName("tradeType")]
    public TradeType? TradeType { get; set; }

    /// <summary>Gets or sets the asset id of the currency (<c>currency</c>).</summary>
    [JsonPropertyName("currency")]
    public long? Currency { get; set; }

    /// <summary>Gets or sets the currency (<c>currencyCode</c>).</summary>
    [JsonPropertyName("currencyCode")]
    public string? CurrencyCode { get; set; }

    /// <summary>Gets or sets the number of decimal places the amounts are scaled by (<c>digits</c>).</summary>
    [JsonPropertyName("digits")]
    public int? Digits { get; set; }

    /// <summary>Gets or sets the amount credited, scaled by 10^<see cref="Digits"/> (<c>amountIn</c>).</summary>
    [JsonPropertyName("amountIn")]
    public decimal? AmountIn { get; set; }

    /// <summary>Gets or sets the amount debited, scaled by 10^<see cref="Digits"/> (<c>amountOut</c>).</summary>
    [JsonPropertyName("amountOut")]
    public decimal? AmountOut { get; set; }

    /// <summary>Gets or sets the balance after the movement, scaled by 10^<see cref="Digits"/> (<c>amountAfter</c>).</summary>
    [JsonPropertyName("amountAfter")]
    public decimal? AmountAfter { get; set; }

    /// <summary>Gets or sets the voucher id (<c>bookkeepId</c>).</summary>
    [JsonPropertyName("bookkeepId")]
    public long? BookkeepId { get; set; }

    /// <summary>Gets or sets the business type (for example 1 deposit, 2 withdrawal, 6 trading for contracts; see the vendor's data-push page) (<c>businessType</c>).</summary>
    [JsonPropertyName("businessType")]
    public int? BusinessType { get; set; }

    /// <summary>Gets or sets the sub-business type (for example 1001 front-end deposit, 6001 opening fee) (<c>businessType1</c>).</summary>
    [JsonPropertyName("businessType1")]
    public int? BusinessType1 { get; set; }

    /// <summary>Gets or sets the order id (<c>orderId</c>).</summary>
    [JsonPropertyName("orderId")]
    public long? OrderId { get; set; }

    /// <summary>Gets or sets the ledger subject id (<c>subjectId</c>).</summary>
    [JsonPropertyName("subjectId")]
    public long? SubjectId { get; set; }

    /// <summary>Gets or sets the subject type (1 balance, 2 frozen, 3 available, …) (<c>subjectType</c>).</summary>
    [JsonPropertyName("subjectType")]
    public int? SubjectType { get; set; }

    /// <summary>Gets or sets the status (<c>status</c>).</summary>
    [JsonPropertyName("status")]
    public int? Status { get; set; }

    /// <summary>Gets or sets the remark (<c>remark</c>).</summary>
    [JsonPropertyName("remark")]
    public string? Remark { get; set; }

    /// <summary>Gets or sets the row version (<c>version</c>).</summary>
    [JsonPropertyName("version")]
    public long? Version { get; set; }

    /// <summary>Gets or sets when the row was created (<c>createTime</c>).</summary>
    [JsonPropertyName("createTime")]
    public DateTimeOffset? CreateTime { get; set; }

    /// <summary>Gets or sets when the row was last updated (<c>updateTime</c>).</summary>
    [JsonPropertyName("updateTime")]
    public DateTimeOffset? UpdateTime { get; set; }
}
