using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>One loan or repayment of a leverage account (a record of <c>customer.app.CustomerWebApiService.queryLiabilitiesWaterByPage</c>).</summary>
/// <remarks>Everything is nullable: a field the service leaves out reads as <see langword="null"/>. Times are Unix milliseconds read as UTC; the vendor's <c>0</c> for "never" reads as <see langword="null"/>. Amounts arrive as decimal strings and are read exactly.</remarks>
public sealed record LiabilityRecord
{
    /// <summary>Gets the id of the movement (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public long? Id { get; set; }

    /// <summary>Gets the account id (<c>accountId</c>).</summary>
    [JsonPropertyName("accountId")]
    public long? AccountId { get; set; }

    /// <summary>Gets the customer number (<c>customerNo</c>, e.g. <c>"86001175"</c>).</summary>
    [JsonPropertyName("customerNo")]
    public string? CustomerNo { get; set; }

    /// <summary>Gets the asset code, e.g. <c>"USDT"</c> (<c>currency</c>).</summary>
    [JsonPropertyName("currency")]
    public string? Currency { get; set; }

    /// <summary>Gets the number of decimal places the amounts are kept to (<c>digits</c>).</summary>
    [JsonPropertyName("digits")]
    public int? Digits { get; set; }

    /// <summary>Gets the kind of movement: 19 automatic loan, 20 manual loan, 21 automatic repayment, 22 manual repayment, 23 loan interest, 35 back-office repayment, 40 forced repayment (<c>businessType</c>).</summary>
    [JsonPropertyName("businessType")]
    public int? BusinessType { get; set; }

    /// <summary>Gets the sub-kind, e.g. 19001 loan principal, 21001 repayment principal, 21002 repayment interest (<c>businessType1</c>).</summary>
    [JsonPropertyName("businessType1")]
    public int? BusinessType1 { get; set; }

    /// <summary>Gets the debt (<c>liabilities</c>).</summary>
    [JsonPropertyName("liabilities")]
    public decimal? Liabilities { get; set; }

    /// <summary>Gets the principal part of the debt (<c>liabilitiesPrincipal</c>).</summary>
    [JsonPropertyName("liabilitiesPrincipal")]
    public decimal? LiabilitiesPrincipal { get; set; }

    /// <summary>Gets the interest (<c>interest</c>).</summary>
    [JsonPropertyName("interest")]
    public decimal? Interest { get; set; }

    /// <summary>Gets when the interest was last updated, UTC (<c>interestUpdateTime</c>, Unix ms).</summary>
    [JsonPropertyName("interestUpdateTime")]
    public DateTimeOffset? InterestUpdateTime { get; set; }

    /// <summary>Gets a remark (<c>remark</c>).</summary>
    [JsonPropertyName("remark")]
    public string? Remark { get; set; }

    /// <summary>Gets who created the record (<c>createdBy</c>).</summary>
    [JsonPropertyName("createdBy")]
    public long? CreatedBy { get; set; }

    /// <summary>Gets when the record was created, UTC (<c>createTime</c>, Unix ms).</summary>
    [JsonPropertyName("createTime")]
    public DateTimeOffset? CreateTime { get; set; }

    /// <summary>Gets who last updated the record (<c>updateBy</c>).</summary>
    [JsonPropertyName("updateBy")]
    public long? UpdateBy { get; set; }

    /// <summary>Gets when the record was last updated, UTC (<c>updateTime</c>, Unix ms).</summary>
    [JsonPropertyName("updateTime")]
    public DateTimeOffset? UpdateTime { get; set; }
}
