using System.Text.Json.Serialization;
using Cmfbl.Sdk.Models;

namespace Cmfbl.Sdk.Benchmarks.Baseline.SameLibraries;

/// <summary>
/// The customer of a <c>page</c> answer as a developer would declare it by hand with the same property types as the
/// SDK's <c>CustomerRecord</c> (typed enums, nullable numbers, times as <see cref="DateTimeOffset"/>), so that
/// System.Text.Json builds the same kind of metadata for it.
/// </summary>
public sealed class LibCustomerRecord
{
    [JsonPropertyName("id")]
    public long? Id { get; set; }

    [JsonPropertyName("companyId")]
    public long? CompanyId { get; set; }

    [JsonPropertyName("customerNo")]
    public string? CustomerNo { get; set; }

    [JsonPropertyName("customerGroupId")]
    public long? CustomerGroupId { get; set; }

    [JsonPropertyName("customerGroupName")]
    public string? CustomerGroupName { get; set; }

    [JsonPropertyName("customerType")]
    public CustomerType? CustomerType { get; set; }

    [JsonPropertyName("agentCustomerNo")]
    public string? AgentCustomerNo { get; set; }

    [JsonPropertyName("email")]
    public string? Email { get; set; }

    [JsonPropertyName("phone")]
    public string? Phone { get; set; }

    [JsonPropertyName("phoneArea")]
    public string? PhoneArea { get; set; }

    [JsonPropertyName("firstName")]
    public string? FirstName { get; set; }

    [JsonPropertyName("lastName")]
    public string? LastName { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("idCard")]
    public string? IdCard { get; set; }

    [JsonPropertyName("idCardType")]
    public string? IdCardType { get; set; }

    [JsonPropertyName("openAccountType")]
    public OpenAccountType? OpenAccountType { get; set; }

    [JsonPropertyName("registerSource")]
    public RegisterSource? RegisterSource { get; set; }

    [JsonPropertyName("status")]
    public CustomerStatus? Status { get; set; }

    [JsonPropertyName("remark")]
    public string? Remark { get; set; }

    [JsonPropertyName("tgUserId")]
    public string? TgUserId { get; set; }

    [JsonPropertyName("tgUserName")]
    public string? TgUserName { get; set; }

    [JsonPropertyName("thirdAccountNo")]
    public string? ThirdAccountNo { get; set; }

    [JsonPropertyName("thirdLoginSource")]
    public string? ThirdLoginSource { get; set; }

    [JsonPropertyName("thirdUserId")]
    public string? ThirdUserId { get; set; }

    [JsonPropertyName("unitId")]
    public long? UnitId { get; set; }

    [JsonPropertyName("unitName")]
    public string? UnitName { get; set; }

    [JsonPropertyName("createTime")]
    public DateTimeOffset? CreateTime { get; set; }

    [JsonPropertyName("updateTime")]
    public DateTimeOffset? UpdateTime { get; set; }

    [JsonPropertyName("loginTime")]
    public DateTimeOffset? LoginTime { get; set; }

    [JsonPropertyName("firstAccountActivateTime")]
    public DateTimeOffset? FirstAccountActivateTime { get; set; }
}
