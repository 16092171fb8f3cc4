using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>The answer of <c>customer.app.CustomerWebApiService.checkToken</c>: whether a set-password link can still be used.</summary>
/// <remarks>Everything is nullable: a field the service leaves out reads as <see langword="null"/>.</remarks>
public sealed record CheckTokenResult
{
    /// <summary>Gets the outcome: <c>"0"</c> valid, <c>"CUSTOMER_API_0000148"</c> the link expired, <c>"CUSTOMER_API_0000149"</c> the link was already used (<c>errorCode</c>).</summary>
    [JsonPropertyName("errorCode")]
    public string? ErrorCode { get; set; }

    /// <summary>Gets the customer's e-mail address, masked (<c>email</c>).</summary>
    [JsonPropertyName("email")]
    public string? Email { get; set; }

    /// <summary>Gets whether the customer has an e-mail address: <c>"yes"</c> or <c>"no"</c> (<c>bool</c>, renamed for what it says).</summary>
    [JsonPropertyName("bool")]
    public string? EmailExists { get; set; }
}
