using Cmfbl.Sdk.Models;
using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.Streams.Models;

/// <summary>A trading account, as the Manager data push sends it with <c>open_account</c> and <c>account_update</c>.</summary>
public sealed record AccountEventData
{
    /// <summary>Gets or sets the account id (<c>id</c>).</summary>
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

    /// <summary>Gets or sets the trading mode (<c>tradeType</c>).</summary>
    [JsonPropertyName("tradeType")]
    public TradeType? TradeType { get; set; }

    /// <summary>Gets or sets the asset id of the account's currency (<c>currency</c>).</summary>
    [JsonPropertyName("currency")]
    public long? Currency { get; set; }

    /// <summary>Gets or sets the account's currency, for example <c>USDT</c> (<c>currencyCode</c>).</summary>
    [JsonPropertyName("currencyCode")]
    public string? CurrencyCode { get; set; }

    /// <summary>Gets or sets the number of decimal places of the account's amounts (<c>digits</c>).</summary>
    [JsonPropertyName("digits")]
    public int? Digits { get; set; }

    /// <summary>Gets or sets the account status (<c>status</c>).</summary>
    [JsonPropertyName("status")]
    public AccountStatus? Status { get; set; }

    /// <summary>Gets or sets the activation status (<c>activateStatus</c>).</summary>
    [JsonPropertyName("activateStatus")]
    public AccountStatus? ActivateStatus { get; set; }

    /// <summary>Gets or sets the account category (<c>type</c>).</summary>
    [JsonPropertyName("type")]
    public AccountOwnerType? OwnerType { get; set; }

    /// <summary>Gets or sets when the account was created (<c>createTime</c>).</summary>
    [JsonPropertyName("createTime")]
    public DateTimeOffset? CreateTime { get; set; }

    /// <summary>Gets or sets when the account was last updated (<c>updateTime</c>).</summary>
    [JsonPropertyName("updateTime")]
    public DateTimeOffset? UpdateTime { get; set; }
}
