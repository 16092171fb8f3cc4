using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// The body of <c>customer.app.CustomerWebApiService.destroy</c>: closes the customer's account (customer cancellation).
/// </summary>
/// <remarks>Properties left <see langword="null"/> are not sent.</remarks>
public sealed record DestroyRequest
{
    /// <summary>Gets the reason for closing the account (<c>remark</c>).</summary>
    [JsonPropertyName("remark")]
    public string? Remark { get; init; }
}
