using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>The answer of <c>customer.app.CustomerWebApiService.checkStatus</c> (the vendor's <c>CustomerStatusVO</c>): whether a login name is registered, and the customer's country and phone area code.</summary>
/// <remarks>Everything is nullable: a field the service leaves out reads as <see langword="null"/>.</remarks>
public sealed record CustomerStatusInfo
{
    /// <summary>Gets whether a customer has the login name: 1 yes, 2 no (free to register), -1 yes and disabled (<c>status</c>).</summary>
    [JsonPropertyName("status")]
    public LoginNameStatus? Status { get; set; }

    /// <summary>Gets the customer's country, an ISO 3166 alpha-2 code such as <c>"CN"</c> (<c>country</c>).</summary>
    [JsonPropertyName("country")]
    public string? Country { get; set; }

    /// <summary>Gets the customer's phone area code, e.g. <c>"+86"</c> (<c>phoneArea</c>).</summary>
    [JsonPropertyName("phoneArea")]
    public string? PhoneArea { get; set; }
}
