using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>One permission of an API key, as the key-management answers list it (<c>permissionDTOList[]</c>).</summary>
public sealed record ApiPermissionInfo
{
    /// <summary>Gets the permission's code (<c>code</c>): <c>ready_only</c>, <c>trade</c>, <c>contract_trade</c>, <c>captial_out</c> (the vendor's spellings).</summary>
    [JsonPropertyName("code")]
    public string? Code { get; set; }

    /// <summary>Gets the permission's display name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Gets whether it is on (<c>status</c>).</summary>
    [JsonPropertyName("status")]
    public ApiPermissionStatus Status { get; set; }

    /// <summary>Gets whether the customer may switch it (<c>canEdit</c>); the read permission cannot be switched off.</summary>
    [JsonPropertyName("canEdit")]
    public bool? CanEdit { get; set; }

    /// <summary>Gets the paths the permission opens (<c>paths</c>), when the service lists them.</summary>
    [JsonPropertyName("paths")]
    public IReadOnlyList<string>? Paths { get; set; }
}
