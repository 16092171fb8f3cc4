using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>The body of <c>customer.app.CustomerApiWebService.page</c>: one page of the customer's API keys.</summary>
/// <remarks>Properties left <see langword="null"/> are not sent.</remarks>
public sealed record ApiKeyPageRequest
{
    /// <summary>Gets the 1-based page number (<c>current</c>); the service's default is 1.</summary>
    [JsonPropertyName("current")]
    public long? Current { get; init; }

    /// <summary>Gets the page size (<c>size</c>); the service's default is 20.</summary>
    [JsonPropertyName("size")]
    public long? Size { get; init; }

    /// <summary>Gets a label to filter by (<c>tag</c>).</summary>
    [JsonPropertyName("tag")]
    public string? Tag { get; init; }
}
