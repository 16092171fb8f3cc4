using Cmfbl.Sdk.Models;
using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.Streams.Models;

/// <summary>A quota adjustment proposal, as the Manager data push sends it with <c>account_adjust</c>.</summary>
public sealed record AccountAdjustEventData
{
    /// <summary>Gets or sets the row id (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public long? Id { get; set; }

    /// <summary>Gets or sets the proposal number (<c>proposalNo</c>).</summary>
    [JsonPropertyName("proposalNo")]
    public string? ProposalNo { get; set; }

    /// <summary>Gets or sets the company id (<c>companyId</c>).</summary>
    [JsonPropertyName("companyId")]
    public long? CompanyId { get; set; }

    /// <summary>Gets or sets the customer number (<c>customerNo</c>).</summary>
    [JsonPropertyName("customerNo")]
    public string? CustomerNo { get; set; }

    /// <summary>Gets or sets the trading account id (<c>accountId</c>).</summary>
    [JsonPropertyName("accountId")]
    public long? AccountId { get; set; }

    /// <summary>Gets or sets the account currency (<c>accountCurrency</c>).</summary>
    [JsonPropertyName("accountCurrency")]
    public string? AccountCurrency { get; set; }

    /// <summary>Gets or sets the trading mode (<c>tradeType</c>).</summary>
    [JsonPropertyName("tradeType")]
    public TradeType? TradeType { get; set; }

    /// <summary>Gets or sets the proposal amount (<c>amount</c>).</summary>
    [JsonPropertyName("amount")]
    public decimal? Amount { get; set; }

    /// <summary>Gets or sets the business type code (for example 60301) (<c>businessType</c>).</summary>
    [JsonPropertyName("businessType")]
    public int? BusinessType { get; set; }

    /// <summary>Gets or sets the proposal status: 1 waiting for approval, 2 approved, 3 rejected (<c>checkStatus</c>).</summary>
    [JsonPropertyName("checkStatus")]
    public int? CheckStatus { get; set; }

    /// <summary>Gets or sets who approved it (<c>checkBy</c>).</summary>
    [JsonPropertyName("checkBy")]
    public string? CheckBy { get; set; }

    /// <summary>Gets or sets whether the amount can be withdrawn (<c>withdraw</c>).</summary>
    [JsonPropertyName("withdraw")]
    public bool? Withdraw { get; set; }

    /// <summary>Gets or sets the row version (<c>revision</c>).</summary>
    [JsonPropertyName("revision")]
    public int? Revision { get; set; }

    /// <summary>Gets or sets who applied (<c>createBy</c>).</summary>
    [JsonPropertyName("createBy")]
    public string? CreateBy { get; set; }

    /// <summary>Gets or sets when it was applied for (<c>createTime</c>).</summary>
    [JsonPropertyName("createTime")]
    public DateTimeOffset? CreateTime { get; set; }

    /// <summary>Gets or sets who last updated it (<c>updateBy</c>).</summary>
    [JsonPropertyName("updateBy")]
    public string? UpdateBy { get; set; }

    /// <summary>Gets or sets when it was last updated (<c>updateTime</c>).</summary>
    [JsonPropertyName("updateTime")]
    public DateTimeOffset? UpdateTime { get; set; }
}
