using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>One permission to switch with <c>editApiPermission</c>.</summary>
public sealed record ApiPermissionSetting
{
    /// <summary>Gets the permission's code (<c>code</c>), for example <c>trade</c>, <c>contract_trade</c> or <c>captial_out</c> (the vendor's spelling).</summary>
    [JsonPropertyName("code")]
    public required string Code { get; init; }

    /// <summary>Gets whether to enable or disable it (<c>status</c>, required).</summary>
    [JsonPropertyName("status")]
    public required ApiPermissionStatus Status { get; init; }
}
