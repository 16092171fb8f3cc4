using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.BridgeApi.Models;

/// <summary>The body of <c>tradeapi.admin.AccountAdminService.queryBalances</c>.</summary>
public sealed record BalanceQuery : BridgeAccountScope
{
    /// <summary>Gets whether to leave zero balances out (<c>omitZeroBalances</c>; the default is false).</summary>
    [JsonPropertyName("omitZeroBalances")]
    public bool? OmitZeroBalances { get; init; }

    /// <summary>Gets the currencies to answer, comma-separated and case-sensitive (<c>currency</c>); all when left out.</summary>
    [JsonPropertyName("currency")]
    public string? Currency { get; init; }
}
