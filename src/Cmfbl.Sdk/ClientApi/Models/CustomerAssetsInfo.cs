using System.Text.Json.Serialization;
using Cmfbl.Sdk.ClientApi.Models.Internal;
using Cmfbl.Sdk.Models;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>The answer of <c>customer.app.CustomerWebApiService.queryCustomerAssetsInfo</c>: the customer's totals in one trade type (leverage, spot or wallet), and each account behind them.</summary>
/// <remarks>Everything is nullable: a field the service leaves out reads as <see langword="null"/>. Amounts arrive as decimal strings and are read exactly.</remarks>
public sealed record CustomerAssetsInfo
{
    /// <summary>Gets the trade type (<c>tradeType</c>).</summary>
    [JsonPropertyName("tradeType")]
    public TradeType? TradeType { get; set; }

    /// <summary>Gets the customer number (<c>customerNo</c>, e.g. <c>"86001175"</c>).</summary>
    [JsonPropertyName("customerNo")]
    public string? CustomerNo { get; set; }

    /// <summary>Gets the broker (company) id (<c>companyId</c>).</summary>
    [JsonPropertyName("companyId")]
    public long? CompanyId { get; set; }

    /// <summary>Gets the currency the totals are valued in, e.g. <c>"USDT"</c> (<c>currency</c>).</summary>
    [JsonPropertyName("currency")]
    public string? Currency { get; set; }

    /// <summary>Gets the number of decimal places the totals are kept to (<c>digits</c>).</summary>
    [JsonPropertyName("digits")]
    public int? Digits { get; set; }

    /// <summary>Gets the total assets (<c>totalBalance</c>).</summary>
    [JsonPropertyName("totalBalance")]
    public decimal? TotalBalance { get; set; }

    /// <summary>Gets the total available: total assets less total frozen (<c>totalAvailable</c>).</summary>
    [JsonPropertyName("totalAvailable")]
    public decimal? TotalAvailable { get; set; }

    /// <summary>Gets the total net assets: total assets less total liabilities (<c>totalNetAssets</c>).</summary>
    [JsonPropertyName("totalNetAssets")]
    public decimal? TotalNetAssets { get; set; }

    /// <summary>Gets the total liabilities: principal plus interest (<c>totalLiabilities</c>).</summary>
    [JsonPropertyName("totalLiabilities")]
    public decimal? TotalLiabilities { get; set; }

    /// <summary>Gets the principal part of the total liabilities (<c>totalLiabilitiesPrincipal</c>).</summary>
    [JsonPropertyName("totalLiabilitiesPrincipal")]
    public decimal? TotalLiabilitiesPrincipal { get; set; }

    /// <summary>Gets the total interest (<c>totalInterest</c>).</summary>
    [JsonPropertyName("totalInterest")]
    public decimal? TotalInterest { get; set; }

    /// <summary>Gets the risk rate as the service formats it, a percentage such as <c>"26.61%"</c> (<c>closeProportion</c>).</summary>
    [JsonPropertyName("closeProportion")]
    public string? CloseProportion { get; set; }

    /// <summary>Gets the risk level (<c>riskLevel</c>).</summary>
    [JsonPropertyName("riskLevel")]
    public int? RiskLevel { get; set; }

    /// <summary>Gets the accounts behind the totals, one per asset (<c>accountInfoMap</c>); never <see langword="null"/>. The wire sends a map keyed by asset code (<c>{"SAND": {…}}</c>); every account repeats its code in <see cref="TradingAccount.Currency"/>, so the SDK reads the map as the list of its accounts, in the order sent (an array or <c>{}</c> read as well).</summary>
    [JsonPropertyName("accountInfoMap")]
    [JsonConverter(typeof(ObjectValuesListConverter<TradingAccount>))]
    public IReadOnlyList<TradingAccount> AccountInfoMap { get; set => field = value ?? []; } = [];
}
