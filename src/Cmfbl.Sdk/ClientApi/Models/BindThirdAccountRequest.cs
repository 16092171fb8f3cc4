using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// The body of <c>customer.app.CustomerWebApiService.bindThirdAccount</c>: links a third-party (Telegram) account to the customer.
/// </summary>
/// <remarks>Properties left <see langword="null"/> are not sent.</remarks>
public sealed record BindThirdAccountRequest
{
    /// <summary>Gets the third-party source, <c>"telegram"</c> (at most 10 characters) (<c>thirdLoginSource</c>, required).</summary>
    [JsonPropertyName("thirdLoginSource")]
    public required string ThirdLoginSource { get; init; }

    /// <summary>Gets the customer's user id at the third party (at most 45 characters) (<c>thirdUserId</c>, required).</summary>
    [JsonPropertyName("thirdUserId")]
    public required string ThirdUserId { get; init; }

    /// <summary>Gets the complete user information the third party returned, as a JSON string (<c>thirdIntactMsg</c>).</summary>
    [JsonPropertyName("thirdIntactMsg")]
    public string? ThirdIntactMsg { get; init; }
}
