using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// The body of <c>customer.app.CustomerWebApiService.queryCustomerOfAgentPage</c>: one page of the customers an agent brought in.
/// </summary>
/// <remarks>Properties left <see langword="null"/> are not sent.</remarks>
public sealed record QueryCustomerOfAgentPageRequest
{
    /// <summary>Gets the 1-based page number. The default is 1 (<c>current</c>).</summary>
    [JsonPropertyName("current")]
    public int Current { get; init; } = 1;

    /// <summary>Gets the number of records per page. The default is 20 (<c>size</c>).</summary>
    [JsonPropertyName("size")]
    public int Size { get; init; } = 20;
}
