using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using Cmfbl.Sdk.Models;

namespace Cmfbl.Sdk.ManagerApi.Models;

/// <summary>
/// The answer of the Manager API's <c>admin.admin.CompanyAuthDubboService.auth</c>: the access <see cref="Token"/> and
/// the broker's (white-label company's) profile.
/// </summary>
/// <remarks>
/// <see cref="ToString"/> prints <c>***</c> for <see cref="Token"/>. The service's answer also carries the
/// <c>appSecret</c> and some always-<c>null</c> initial-password fields (<c>adminPassword</c>, <c>dbPassword</c>,
/// <c>stpPassword</c>); this model does not read them, so they never sit in memory or in a log.
/// </remarks>
public sealed record CompanyAuthResult
{
    /// <summary>Gets the access token to send in the <c>token</c> header of Manager calls (<c>token</c>). A secret: never log it.</summary>
    [JsonPropertyName("token")]
    public string? Token { get; set; }

    /// <summary>Gets the company id, the value of the <c>companyId</c> header (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public long? Id { get; set; }

    /// <summary>Gets the white-label code (<c>code</c>).</summary>
    [JsonPropertyName("code")]
    public string? Code { get; set; }

    /// <summary>Gets the MD5 of the white-label code (<c>codeMd5</c>).</summary>
    [JsonPropertyName("codeMd5")]
    public string? CodeMd5 { get; set; }

    /// <summary>Gets the company id as a string (<c>strId</c>).</summary>
    [JsonPropertyName("strId")]
    public string? StrId { get; set; }

    /// <summary>Gets the white-label name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Gets the business name (<c>bizName</c>; undocumented).</summary>
    [JsonPropertyName("bizName")]
    public string? BizName { get; set; }

    /// <summary>Gets the authorisation id the token was issued for (<c>appId</c>).</summary>
    [JsonPropertyName("appId")]
    public string? AppId { get; set; }

    /// <summary>Gets the company type: <c>"real"</c> or <c>"demo"</c> (<c>companyType</c>).</summary>
    [JsonPropertyName("companyType")]
    public string? CompanyType { get; set; }

    /// <summary>Gets the id of the associated company (<c>associationCompanyId</c>).</summary>
    [JsonPropertyName("associationCompanyId")]
    public long? AssociationCompanyId { get; set; }

    /// <summary>Gets the company's state: 1 enabled, 2 disabled, 3 deleted (<c>status</c>).</summary>
    [JsonPropertyName("status")]
    public CompanyStatus? Status { get; set; }

    /// <summary>Gets the default language, e.g. <c>"en-US"</c> (<c>lang</c>).</summary>
    [JsonPropertyName("lang")]
    public string? Lang { get; set; }

    /// <summary>Gets the default time zone, as the integer the service sends (<c>timezone</c>; the docs do not give its unit).</summary>
    [JsonPropertyName("timezone")]
    public int? Timezone { get; set; }

    /// <summary>Gets the company's public key configuration, used for body encryption (<c>publicKey</c>).</summary>
    [JsonPropertyName("publicKey")]
    public string? PublicKey { get; set; }

    /// <summary>Gets the trade types enabled for the company, as the service sends them (<c>tradeTypes</c>).</summary>
    [JsonPropertyName("tradeTypes")]
    public string? TradeTypes { get; set; }

    /// <summary>Gets the trade types enabled for the company (<c>tradeTypeList</c>); never <see langword="null"/> (a missing or <c>null</c> field reads as empty).</summary>
    [JsonPropertyName("tradeTypeList")]
    public IReadOnlyList<CompanyTradeType> TradeTypeList { get; set => field = value ?? []; } = [];

    /// <summary>Gets the first customer number of the company's range (<c>startNumber</c>).</summary>
    [JsonPropertyName("startNumber")]
    public long? StartNumber { get; set; }

    /// <summary>Gets the last customer number of the company's range (<c>endNumber</c>).</summary>
    [JsonPropertyName("endNumber")]
    public long? EndNumber { get; set; }

    /// <summary>Gets where the company's data is stored: 1 public, 2 independent data source (<c>dataSourceType</c>).</summary>
    [JsonPropertyName("dataSourceType")]
    public CompanyDataSourceType? DataSourceType { get; set; }

    /// <summary>Gets how far the company is set up: 1 company initialisation, 2 data source created, 3 data initialised (<c>initProgress</c>).</summary>
    [JsonPropertyName("initProgress")]
    public CompanyInitProgress? InitProgress { get; set; }

    /// <summary>Gets the company's domain name (<c>domain</c>).</summary>
    [JsonPropertyName("domain")]
    public string? Domain { get; set; }

    /// <summary>Gets the white-label logo, as the service sends it (<c>logo</c>).</summary>
    [JsonPropertyName("logo")]
    public string? Logo { get; set; }

    /// <summary>Gets the login page background image, as the service sends it (<c>bgImage</c>).</summary>
    [JsonPropertyName("bgImage")]
    public string? BgImage { get; set; }

    /// <summary>Gets the advertisement image, as the service sends it (<c>adImage</c>).</summary>
    [JsonPropertyName("adImage")]
    public string? AdImage { get; set; }

    /// <summary>Gets the optimistic-lock revision of the company record (<c>revision</c>).</summary>
    [JsonPropertyName("revision")]
    public int? Revision { get; set; }

    /// <summary>Gets who created the company record (<c>createBy</c>).</summary>
    [JsonPropertyName("createBy")]
    public string? CreateBy { get; set; }

    /// <summary>Gets when the company record was created, UTC (<c>createTime</c>, Unix ms).</summary>
    [JsonPropertyName("createTime")]
    public DateTimeOffset? CreateTime { get; set; }

    /// <summary>Gets who last updated the company record (<c>updateBy</c>).</summary>
    [JsonPropertyName("updateBy")]
    public string? UpdateBy { get; set; }

    /// <summary>Gets when the company record was last updated, UTC (<c>updateTime</c>, Unix ms).</summary>
    [JsonPropertyName("updateTime")]
    public DateTimeOffset? UpdateTime { get; set; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(
            CultureInfo.InvariantCulture,
            $"Token = {(Token is null ? null : "***")}, Id = {Id}, Code = {Code}, CodeMd5 = {CodeMd5}, StrId = {StrId}, Name = {Name}, BizName = {BizName}, AppId = {AppId}, ");
        builder.Append(
            CultureInfo.InvariantCulture,
            $"CompanyType = {CompanyType}, AssociationCompanyId = {AssociationCompanyId}, Status = {Status}, Lang = {Lang}, Timezone = {Timezone}, PublicKey = {PublicKey}, TradeTypes = {TradeTypes}, TradeTypeList = {TradeTypeList}, ");
        builder.Append(
            CultureInfo.InvariantCulture,
            $"StartNumber = {StartNumber}, EndNumber = {EndNumber}, DataSourceType = {DataSourceType}, InitProgress = {InitProgress}, Domain = {Domain}, Logo = {Logo}, BgImage = {BgImage}, AdImage = {AdImage}, ");
        builder.Append(
            CultureInfo.InvariantCulture,
            $"Revision = {Revision}, CreateBy = {CreateBy}, CreateTime = {CreateTime}, UpdateBy = {UpdateBy}, UpdateTime = {UpdateTime}");
        return true;
    }
}
