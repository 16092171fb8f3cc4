using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.BridgeApi.Models;

/// <summary>An exchange account of a customer (the vendor's <c>CustomerDirectAccVO</c>); the secret key is never answered.</summary>
public sealed record ExchangeAccount
{
    /// <summary>Gets the company id (<c>companyId</c>).</summary>
    [JsonPropertyName("companyId")]
    public long? CompanyId { get; set; }

    /// <summary>Gets the customer's id (<c>customerId</c>).</summary>
    [JsonPropertyName("customerId")]
    public long? CustomerId { get; set; }

    /// <summary>Gets the customer's number (<c>customerNo</c>).</summary>
    [JsonPropertyName("customerNo")]
    public string? CustomerNo { get; set; }

    /// <summary>Gets the exchange (<c>exchangeCode</c>).</summary>
    [JsonPropertyName("exchangeCode")]
    public string? ExchangeCode { get; set; }

    /// <summary>Gets the account type (<c>accountType</c>).</summary>
    [JsonPropertyName("accountType")]
    public string? AccountType { get; set; }

    /// <summary>Gets the account's alias (<c>accountName</c>).</summary>
    [JsonPropertyName("accountName")]
    public string? AccountName { get; set; }

    /// <summary>Gets the exchange API key (<c>apiKey</c>).</summary>
    [JsonPropertyName("apiKey")]
    public string? ApiKey { get; set; }
}
