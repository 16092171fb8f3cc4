using Cmfbl.Sdk.Models;
using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.Streams.Models;

/// <summary>A customer row, as the Manager data push sends it with <c>register</c> and <c>customer_update</c>.</summary>
public sealed record CustomerEventData
{
    /// <summary>Gets or sets the customer id (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public long? Id { get; set; }

    /// <summary>Gets or sets the company id (<c>companyId</c>).</summary>
    [JsonPropertyName("companyId")]
    public long? CompanyId { get; set; }

    /// <summary>Gets or sets the customer number (<c>customerNo</c>).</summary>
    [JsonPropertyName("customerNo")]
    public string? CustomerNo { get; set; }

    /// <summary>Gets or sets the customer group id (<c>customerGroupId</c>).</summary>
    [JsonPropertyName("customerGroupId")]
    public long? CustomerGroupId { get; set; }

    /// <summary>Gets or sets the country code (<c>country</c>).</summary>
    [JsonPropertyName("country")]
    public string? Country { get; set; }

    /// <summary>Gets or sets the phone number (<c>phone</c>).</summary>
    [JsonPropertyName("phone")]
    public string? Phone { get; set; }

    /// <summary>Gets or sets the phone area code (<c>phoneArea</c>).</summary>
    [JsonPropertyName("phoneArea")]
    public string? PhoneArea { get; set; }

    /// <summary>Gets or sets the e-mail address (<c>email</c>).</summary>
    [JsonPropertyName("email")]
    public string? Email { get; set; }

    /// <summary>Gets or sets the e-mail area code (<c>emailArea</c>).</summary>
    [JsonPropertyName("emailArea")]
    public string? EmailArea { get; set; }

    /// <summary>Gets or sets where the customer registered (<c>registerSource</c>).</summary>
    [JsonPropertyName("registerSource")]
    public RegisterSource? RegisterSource { get; set; }

    /// <summary>Gets or sets how the customer registered: 1 e-mail, 2 phone, 3 customer account (<c>registerType</c>).</summary>
    [JsonPropertyName("registerType")]
    public int? RegisterType { get; set; }

    /// <summary>Gets or sets the registration KYC review status (<c>kycAuditStatus</c>).</summary>
    [JsonPropertyName("kycAuditStatus")]
    public KycAuditStatus? KycAuditStatus { get; set; }

    /// <summary>Gets or sets the KYC review remark (<c>kycAuditRemark</c>).</summary>
    [JsonPropertyName("kycAuditRemark")]
    public string? KycAuditRemark { get; set; }

    /// <summary>Gets or sets the customer's language (<c>language</c>).</summary>
    [JsonPropertyName("language")]
    public string? Language { get; set; }

    /// <summary>Gets or sets the optional flag: 0 not added, 1 added (<c>optional</c>).</summary>
    [JsonPropertyName("optional")]
    public int? Optional { get; set; }

    /// <summary>Gets or sets the customer status (<c>status</c>).</summary>
    [JsonPropertyName("status")]
    public CustomerStatus? Status { get; set; }

    /// <summary>Gets or sets the date of birth, as filled in by KYC (<c>birthday</c>).</summary>
    [JsonPropertyName("birthday")]
    public string? Birthday { get; set; }

    /// <summary>Gets or sets the IP address of the last login (<c>loginIp</c>).</summary>
    [JsonPropertyName("loginIp")]
    public string? LoginIp { get; set; }

    /// <summary>Gets or sets the time of the last login (<c>loginTime</c>).</summary>
    [JsonPropertyName("loginTime")]
    public DateTimeOffset? LoginTime { get; set; }

    /// <summary>Gets or sets when the first account was opened (<c>firstOpenAccountTime</c>).</summary>
    [JsonPropertyName("firstOpenAccountTime")]
    public DateTimeOffset? FirstOpenAccountTime { get; set; }

    /// <summary>Gets or sets the third-party unique code as sent (<c>ext2</c>).</summary>
    [JsonPropertyName("ext2")]
    public string? Ext2 { get; set; }

    /// <summary>Gets or sets the third-party unique code, decrypted (<c>ext4</c>).</summary>
    [JsonPropertyName("ext4")]
    public string? Ext4 { get; set; }

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
