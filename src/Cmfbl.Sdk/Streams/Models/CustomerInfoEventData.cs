using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.Streams.Models;

/// <summary>A customer-details row, as the Manager data push sends it with <c>customer_info_insert</c> and <c>customer_info_update</c>.</summary>
public sealed record CustomerInfoEventData
{
    /// <summary>Gets or sets the row id (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public long? Id { get; set; }

    /// <summary>Gets or sets the customer-details id (<c>customerInfoId</c>).</summary>
    [JsonPropertyName("customerInfoId")]
    public long? CustomerInfoId { get; set; }

    /// <summary>Gets or sets the company id (<c>companyId</c>).</summary>
    [JsonPropertyName("companyId")]
    public long? CompanyId { get; set; }

    /// <summary>Gets or sets the unit id (<c>unitId</c>).</summary>
    [JsonPropertyName("unitId")]
    public long? UnitId { get; set; }

    /// <summary>Gets or sets the customer number (<c>customerNo</c>).</summary>
    [JsonPropertyName("customerNo")]
    public string? CustomerNo { get; set; }

    /// <summary>Gets or sets the country code (<c>country</c>).</summary>
    [JsonPropertyName("country")]
    public string? Country { get; set; }

    /// <summary>Gets or sets the IP address the customer registered from (<c>registerIp</c>).</summary>
    [JsonPropertyName("registerIp")]
    public string? RegisterIp { get; set; }

    /// <summary>Gets or sets the device model the customer registered with (<c>registerDevice</c>).</summary>
    [JsonPropertyName("registerDevice")]
    public string? RegisterDevice { get; set; }

    /// <summary>Gets or sets the advertising source (account-opening link parameter <c>source</c>) (<c>utmSource</c>).</summary>
    [JsonPropertyName("utmSource")]
    public string? UtmSource { get; set; }

    /// <summary>Gets or sets the advertising medium (<c>utmMedium</c>).</summary>
    [JsonPropertyName("utmMedium")]
    public string? UtmMedium { get; set; }

    /// <summary>Gets or sets the advertising campaign (<c>utmCampaign</c>).</summary>
    [JsonPropertyName("utmCampaign")]
    public string? UtmCampaign { get; set; }

    /// <summary>Gets or sets the advertising content (<c>utmContent</c>).</summary>
    [JsonPropertyName("utmContent")]
    public string? UtmContent { get; set; }

    /// <summary>Gets or sets the advertising keyword (<c>utmTerm</c>).</summary>
    [JsonPropertyName("utmTerm")]
    public string? UtmTerm { get; set; }

    /// <summary>Gets or sets the province (<c>province</c>).</summary>
    [JsonPropertyName("province")]
    public string? Province { get; set; }

    /// <summary>Gets or sets the city (<c>city</c>).</summary>
    [JsonPropertyName("city")]
    public string? City { get; set; }

    /// <summary>Gets or sets the street address (<c>address</c>).</summary>
    [JsonPropertyName("address")]
    public string? Address { get; set; }

    /// <summary>Gets or sets the remark (<c>remark</c>).</summary>
    [JsonPropertyName("remark")]
    public string? Remark { get; set; }

    /// <summary>Gets or sets extension field 1 (<c>ext1</c>).</summary>
    [JsonPropertyName("ext1")]
    public string? Ext1 { get; set; }

    /// <summary>Gets or sets extension field 2 (<c>ext2</c>).</summary>
    [JsonPropertyName("ext2")]
    public string? Ext2 { get; set; }

    /// <summary>Gets or sets extension field 3 (<c>ext3</c>).</summary>
    [JsonPropertyName("ext3")]
    public string? Ext3 { get; set; }

    /// <summary>Gets or sets extension field 4 (<c>ext4</c>).</summary>
    [JsonPropertyName("ext4")]
    public string? Ext4 { get; set; }

    /// <summary>Gets or sets extension field 5 (<c>ext5</c>).</summary>
    [JsonPropertyName("ext5")]
    public string? Ext5 { get; set; }

    /// <summary>Gets or sets the status: 1 enabled, 2 disabled, 3 deleted (<c>status</c>).</summary>
    [JsonPropertyName("status")]
    public int? Status { get; set; }

    /// <summary>Gets or sets the row version (<c>revision</c>).</summary>
    [JsonPropertyName("revision")]
    public int? Revision { get; set; }

    /// <summary>Gets or sets who created the row (<c>createBy</c>).</summary>
    [JsonPropertyName("createBy")]
    public string? CreateBy { get; set; }

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
