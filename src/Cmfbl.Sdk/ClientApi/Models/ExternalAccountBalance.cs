using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>The answer of <c>customer.app.CustomerWebApiService.queryLatestBalanceOfUserAccountInExternalSystem</c>: the customer's balance in your own system, when the company settles through the Webhook API (external settlement).</summary>
/// <remarks>Everything is nullable: a field the service leaves out reads as <see langword="null"/>. Amounts arrive as decimal strings and are read exactly.</remarks>
public sealed record ExternalAccountBalance
{
    /// <summary>Gets the balance (<c>amount</c>, a decimal string on the wire).</summary>
    [JsonPropertyName("amount")]
    public decimal? Amount { get; set; }

    /// <summary>Gets the currency, e.g. <c>"USD"</c> (<c>currency</c>).</summary>
    [JsonPropertyName("currency")]
    public string? Currency { get; set; }

    /// <summary>Gets the number of decimal places of the balance (<c>amountDigits</c>; this schema types it as a string, the Webhook API as a number: both read).</summary>
    [JsonPropertyName("amountDigits")]
    public int? AmountDigits { get; set; }
}
