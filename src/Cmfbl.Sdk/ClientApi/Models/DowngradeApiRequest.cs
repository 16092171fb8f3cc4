using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>The body of <c>customer.app.CustomerApiWebService.downgrade</c>: sets the validity package of a key.</summary>
public sealed record DowngradeApiRequest
{
    /// <summary>Gets the API key (<c>apiKey</c>, required).</summary>
    [JsonPropertyName("apiKey")]
    public required string ApiKey { get; init; }

    /// <summary>Gets the key's label (<c>tag</c>, required).</summary>
    [JsonPropertyName("tag")]
    public required string Tag { get; init; }

    /// <summary>Gets the package's length (<c>times</c>, required): <c>month</c>, <c>quarter</c>, <c>half</c> (six months) or <c>year</c>.</summary>
    [JsonPropertyName("times")]
    public required string Times { get; init; }
}
