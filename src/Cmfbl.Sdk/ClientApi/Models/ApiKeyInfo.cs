using System.Text.Json.Serialization;
using Cmfbl.Sdk.ClientApi.Models.Internal;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// An Open API key of the customer, as <c>customer.app.CustomerApiWebService</c> answers it (<c>applyApi</c>,
/// <c>queryApi</c>, <c>page</c>). Only <c>applyApi</c> returns <see cref="PrivateKey"/>, once: keep it safe, the
/// service does not keep it. <see cref="ToString"/> prints <c>***</c> for it.
/// </summary>
public sealed record ApiKeyInfo
{
    /// <summary>Gets the key's id (<c>id</c>), for <c>queryApi</c>, <c>editApiPermission</c> and <c>delApi</c>.</summary>
    [JsonPropertyName("id")]
    public long Id { get; set; }

    /// <summary>Gets the API key (<c>apiKey</c>, 32 hex characters), sent in the <c>apiKey</c> header of Open API calls.</summary>
    [JsonPropertyName("apiKey")]
    public string? ApiKey { get; set; }

    /// <summary>
    /// Gets the key's RSA private key (<c>privateKey</c>, Base64 PKCS#8), answered by <c>applyApi</c> only. A secret:
    /// pass it to <see cref="ICustomerSessions.FromApiKey(string, string)"/> or store it in a vault; never printed.
    /// </summary>
    [JsonPropertyName("privateKey")]
    public string? PrivateKey { get; set; }

    /// <summary>Gets the key's RSA public key (<c>pubKey</c>, Base64 X.509).</summary>
    [JsonPropertyName("pubKey")]
    public string? PublicKey { get; set; }

    /// <summary>Gets the MD5 of the secret key (<c>secretKeyMd5</c>), to recognise it.</summary>
    [JsonPropertyName("secretKeyMd5")]
    public string? SecretKeyMd5 { get; set; }

    /// <summary>Gets the key's label (<c>tag</c>).</summary>
    [JsonPropertyName("tag")]
    public string? Tag { get; set; }

    /// <summary>Gets the key's permissions (<c>permissionDTOList</c>).</summary>
    [JsonPropertyName("permissionDTOList")]
    public IReadOnlyList<ApiPermissionInfo>? Permissions { get; set; }

    /// <summary>Gets whether the key is bound to IP addresses (<c>ipLimit</c>).</summary>
    [JsonPropertyName("ipLimit")]
    public bool? IpLimit { get; set; }

    /// <summary>Gets the IP addresses the key may be used from, comma-separated (<c>whiteIps</c>).</summary>
    [JsonPropertyName("whiteIps")]
    public string? WhiteIps { get; set; }

    /// <summary>Gets the paths the key may call (<c>sources</c>).</summary>
    [JsonPropertyName("sources")]
    public IReadOnlyList<string>? Sources { get; set; }

    /// <summary>Gets when the key expires (<c>expiredTime</c>); a key without an IP binding lasts 90 days.</summary>
    [JsonPropertyName("expiredTime")]
    public DateTimeOffset? ExpiredTime { get; set; }

    /// <summary>Gets how many days the key is still valid (<c>validityDays</c>): -1 expired, <see langword="null"/> permanent.</summary>
    [JsonPropertyName("validityDays")]
    public int? ValidityDays { get; set; }

    /// <summary>Gets the key's <c>withdrawTime</c> (not explained by the vendor).</summary>
    [JsonPropertyName("withdrawTime")]
    public DateTimeOffset? WithdrawTime { get; set; }

    /// <summary>Gets when the key was created (<c>createTime</c>).</summary>
    [JsonPropertyName("createTime")]
    public DateTimeOffset? CreateTime { get; set; }

    /// <summary>Gets when the key was last changed (<c>updateTime</c>).</summary>
    [JsonPropertyName("updateTime")]
    public DateTimeOffset? UpdateTime { get; set; }

    /// <summary>Gets the customer's number (<c>customerNo</c>).</summary>
    [JsonPropertyName("customerNo")]
    public string? CustomerNo { get; set; }

    /// <summary>Gets the customer's id (<c>customerId</c>).</summary>
    [JsonPropertyName("customerId")]
    public long? CustomerId { get; set; }

    /// <summary>Gets the customer's group id (<c>customerGroupId</c>).</summary>
    [JsonPropertyName("customerGroupId")]
    public long? CustomerGroupId { get; set; }

    /// <summary>Gets the company id (<c>companyId</c>).</summary>
    [JsonPropertyName("companyId")]
    public long? CompanyId { get; set; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id)
            .Append(", ApiKey = ").Append(ApiKey)
            .Append(", PrivateKey = ").Append(Redaction.Mask(PrivateKey))
            .Append(", Tag = ").Append(Tag)
            .Append(", IpLimit = ").Append(IpLimit)
            .Append(", WhiteIps = ").Append(WhiteIps)
            .Append(", ExpiredTime = ").Append(ExpiredTime)
            .Append(", ValidityDays = ").Append(ValidityDays)
            .Append(", CustomerNo = ").Append(CustomerNo);
        return true;
    }
}
