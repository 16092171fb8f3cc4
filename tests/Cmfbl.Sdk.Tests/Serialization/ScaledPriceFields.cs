using System.Text.Json.Serialization;
using Cmfbl.Sdk.Models;

namespace Cmfbl.Sdk.Tests.Serialization;

/// <summary>
/// The shapes order requests and answers give scaled prices: a required one (<c>requestPrice</c>) and optional ones
/// (<c>stopLoss</c>, <c>takeProfit</c>), as the generated models will once the overlay maps the fields.
/// </summary>
public sealed record ScaledPriceFields
{
    [JsonPropertyName("requestPrice")]
    public ScaledPrice RequestPrice { get; set; }

    [JsonPropertyName("stopLoss")]
    public ScaledPrice? StopLoss { get; set; }

    [JsonPropertyName("takeProfit")]
    public ScaledPrice? TakeProfit { get; set; }
}
