using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.ManagerApi.Models;

/// <summary>A trade type (the vendor's "game") enabled for the company: an item of <see cref="CompanyAuthResult.TradeTypeList"/>.</summary>
public sealed record CompanyTradeType
{
    /// <summary>Gets the trade type id, the numeric code as a string, e.g. <c>"1"</c> (<c>id</c>; see <see cref="Sdk.Models.TradeType"/>).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Gets the trade type's code (<c>code</c>).</summary>
    [JsonPropertyName("code")]
    public string? Code { get; set; }

    /// <summary>Gets the trade type's display name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }
}
