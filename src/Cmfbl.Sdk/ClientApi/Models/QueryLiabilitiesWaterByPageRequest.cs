using System.Text.Json.Serialization;
using Cmfbl.Sdk.Models;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// The body of <c>customer.app.CustomerWebApiService.queryLiabilitiesWaterByPage</c>: lists the customer's loans and repayments (leverage), one page at a time.
/// </summary>
/// <remarks>Properties left <see langword="null"/> are not sent.</remarks>
public sealed record QueryLiabilitiesWaterByPageRequest
{
    /// <summary>Gets the trade type (leverage is 3) (<c>tradeType</c>, required).</summary>
    [JsonPropertyName("tradeType")]
    public required TradeType TradeType { get; init; }

    /// <summary>Gets the 1-based page number. The default is 1 (<c>current</c>).</summary>
    [JsonPropertyName("current")]
    public int Current { get; init; } = 1;

    /// <summary>Gets the number of records per page. The default is 20 (<c>size</c>).</summary>
    [JsonPropertyName("size")]
    public int Size { get; init; } = 20;

    /// <summary>Gets loans (1) or repayments (2) only; <see langword="null"/> lists both (<c>liabilitiesType</c>).</summary>
    [JsonPropertyName("liabilitiesType")]
    public LiabilitiesType? LiabilitiesType { get; init; }

    /// <summary>Gets the start of the time range, sent as Unix milliseconds (<c>startTime</c>).</summary>
    [JsonPropertyName("startTime")]
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>Gets the end of the time range, sent as Unix milliseconds (<c>endTime</c>).</summary>
    [JsonPropertyName("endTime")]
    public DateTimeOffset? EndTime { get; init; }

    /// <summary>Gets the account to list (<c>accountId</c>).</summary>
    [JsonPropertyName("accountId")]
    public long? AccountId { get; init; }

    /// <summary>Gets the asset to list (<c>assetsId</c>).</summary>
    [JsonPropertyName("assetsId")]
    public long? AssetsId { get; init; }
}
