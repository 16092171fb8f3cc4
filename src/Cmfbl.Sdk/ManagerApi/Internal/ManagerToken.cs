using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.ManagerApi.Internal;

/// <summary>The part of the auth answer the SDK needs for its own token; every other field is skipped unread.</summary>
internal sealed record ManagerToken
{
    /// <summary>Gets the Manager token (<c>token</c>).</summary>
    [JsonPropertyName("token")]
    public string? Token { get; set; }
}
