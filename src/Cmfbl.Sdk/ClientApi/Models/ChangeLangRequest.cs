using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// The body of <c>customer.app.CustomerWebApiService.changeLang</c>: changes the customer's language.
/// </summary>
/// <remarks>Properties left <see langword="null"/> are not sent.</remarks>
public sealed record ChangeLangRequest
{
    /// <summary>Gets the new language, e.g. <c>"en-US"</c>, <c>"zh-CN"</c> (<c>newLang</c>, required).</summary>
    [JsonPropertyName("newLang")]
    public required string NewLang { get; init; }
}
