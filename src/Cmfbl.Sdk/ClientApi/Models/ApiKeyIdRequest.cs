using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>The body of <c>customer.app.CustomerApiWebService.queryApi</c> and <c>delApi</c>: one key, by id.</summary>
public sealed record ApiKeyIdRequest
{
    /// <summary>Gets the key's id (<c>id</c>), as <see cref="ApiKeyInfo.Id"/>.</summary>
    [JsonPropertyName("id")]
    public required long Id { get; init; }
}
