using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.Streams.Models;

/// <summary>A KYC level certification, as the Manager data push sends it with <c>kyc</c>.</summary>
public sealed record KycEventData
{
    /// <summary>Gets or sets the record id (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public long? Id { get; set; }

    /// <summary>Gets or sets the company id (<c>companyId</c>).</summary>
    [JsonPropertyName("companyId")]
    public long? CompanyId { get; set; }

    /// <summary>Gets or sets the customer number (<c>customerNo</c>).</summary>
    [JsonPropertyName("customerNo")]
    public string? CustomerNo { get; set; }

    /// <summary>Gets or sets the business the certification is for (<c>open_account</c>, <c>cashin</c>, <c>withdraw</c>; <c>1</c> for identity authentication) (<c>businessCode</c>).</summary>
    [JsonPropertyName("businessCode")]
    public string? BusinessCode { get; set; }

    /// <summary>Gets or sets the KYC level, for example <c>level_2</c> (<c>levelCode</c>).</summary>
    [JsonPropertyName("levelCode")]
    public string? LevelCode { get; set; }

    /// <summary>Gets or sets the KYC path (<c>pathCode</c>).</summary>
    [JsonPropertyName("pathCode")]
    public string? PathCode { get; set; }

    /// <summary>Gets or sets the KYC proposal number (<c>pno</c>).</summary>
    [JsonPropertyName("pno")]
    public string? ProposalNo { get; set; }

    /// <summary>Gets or sets the status: 1 pending review, 2 approved, 3 rejected (<c>status</c>).</summary>
    [JsonPropertyName("status")]
    public int? Status { get; set; }

    /// <summary>Gets or sets who approved it (<c>approval</c>).</summary>
    [JsonPropertyName("approval")]
    public string? Approval { get; set; }

    /// <summary>Gets or sets when it was approved (<c>approvalTime</c>).</summary>
    [JsonPropertyName("approvalTime")]
    public DateTimeOffset? ApprovalTime { get; set; }

    /// <summary>Gets or sets extension field 1 (<c>ext1</c>).</summary>
    [JsonPropertyName("ext1")]
    public string? Ext1 { get; set; }

    /// <summary>Gets or sets extension field 2 (<c>ext2</c>).</summary>
    [JsonPropertyName("ext2")]
    public string? Ext2 { get; set; }

    /// <summary>Gets or sets the row version (<c>revision</c>).</summary>
    [JsonPropertyName("revision")]
    public int? Revision { get; set; }

    /// <summary>Gets or sets when the row was created (<c>createTime</c>).</summary>
    [JsonPropertyName("createTime")]
    public DateTimeOffset? CreateTime { get; set; }

    /// <summary>Gets or sets who last updated the row (<c>updateBy</c>).</summary>
    [JsonPropertyName("updateBy")]
    public string? UpdateBy { get; set; }

    /// <summary>Gets or sets when the row was last updated (<c>updateTime</c>).</summary>
    [JsonPropertyName("updateTime")]
    public DateTimeOffset? UpdateTime { get; set; }
}
