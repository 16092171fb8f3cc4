using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>The answer of <c>customer.app.CustomerWebApiService.queryCustomerAssets</c>: the customer's total assets, valued in one currency.</summary>
/// <remarks>Everything is nullable: a field the service leaves out reads as <see langword="null"/>. Amounts arrive as decimal strings and are read exactly.</remarks>
public sealed record CustomerAssets
{
    /// <summary>Gets the id of the currency in the company's asset list (<c>assetsId</c>).</summary>
    [JsonPropertyName("assetsId")]
    public long? AssetsId { get; set; }

    /// <summary>Gets the currency the total is valued in, an asset code such as <c>"USDT"</c> (<c>currency</c>).</summary>
    [JsonPropertyName("currency")]
    public string? Currency { get; set; }

    /// <summary>Gets the number of decimal places the amount is kept to (<c>digits</c>).</summary>
    [JsonPropertyName("digits")]
    public int? Digits { get; set; }

    /// <summary>Gets the total balance, in <see cref="Currency"/> (<c>balance</c>).</summary>
    [JsonPropertyName("balance")]
    public decimal? Balance { get; set; }
}
