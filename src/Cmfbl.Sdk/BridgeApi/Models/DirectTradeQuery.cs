using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.BridgeApi.Models;

/// <summary>The body of <c>tradeapi.admin.OrderAdminApiService.queryDirectTradeRecord</c>: fills of the last three months, at most 24 hours per call.</summary>
public sealed record DirectTradeQuery : BridgeAccountScope
{
    /// <summary>Gets the symbol (<c>symbolId</c>, required).</summary>
    [JsonPropertyName("symbolId")]
    public required string SymbolId { get; init; }

    /// <summary>Gets the window's start (<c>startTime</c>, Unix milliseconds; the window is at most 24 hours).</summary>
    [JsonPropertyName("startTime")]
    public long? StartTime { get; init; }

    /// <summary>Gets the window's end (<c>endTime</c>, Unix milliseconds).</summary>
    [JsonPropertyName("endTime")]
    public long? EndTime { get; init; }

    /// <summary>Gets how many fills to answer (<c>limit</c>: 20 by default, at most 100).</summary>
    [JsonPropertyName("limit")]
    public int? Limit { get; init; }
}
