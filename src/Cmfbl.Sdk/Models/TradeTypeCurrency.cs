using System.Globalization;
using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.Models;

/// <summary>
/// Which trading accounts to open for a new customer: one trade type and its currencies (an item of
/// <c>tradeTypeCurrencyList</c> in registration requests, e.g. <c>{"tradeType": "1", "allCurrency": "USDT"}</c>).
/// </summary>
/// <remarks>The customer group chosen in the same request must allow this trade type and these currencies.</remarks>
public sealed record TradeTypeCurrency
{
    /// <summary>Gets the trade type code as the wire carries it, a numeric string such as <c>"1"</c> (<c>tradeType</c>; see <see cref="Models.TradeType"/>).</summary>
    [JsonPropertyName("tradeType")]
    public required string TradeType { get; set; }

    /// <summary>Gets the asset codes of the accounts to open, comma-separated, e.g. <c>"USDT"</c> or <c>"USDT,USD"</c> (<c>allCurrency</c>).</summary>
    [JsonPropertyName("allCurrency")]
    public required string AllCurrency { get; set; }

    /// <summary>Creates an item from a <see cref="Models.TradeType"/> and one or more asset codes.</summary>
    /// <param name="tradeType">The trade type.</param>
    /// <param name="currencies">The asset codes, e.g. <c>"USDT"</c>; joined with commas.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentException"><paramref name="currencies"/> is empty or holds an empty code.</exception>
    public static TradeTypeCurrency Create(TradeType tradeType, params string[] currencies)
    {
        ArgumentNullException.ThrowIfNull(currencies);
        if (currencies.Length == 0 || Array.Exists(currencies, string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Give at least one asset code, and no empty ones.", nameof(currencies));
        }

        return new TradeTypeCurrency
        {
            TradeType = ((int)tradeType).ToString(CultureInfo.InvariantCulture),
            AllCurrency = string.Join(',', currencies),
        };
    }
}
