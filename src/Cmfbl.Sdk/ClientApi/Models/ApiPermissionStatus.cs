namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>Whether an API key's permission is on (the vendor's <c>status</c>: 1 enabled, 2 disabled).</summary>
public enum ApiPermissionStatus
{
    /// <summary>The permission is on (1).</summary>
    Enabled = 1,

    /// <summary>The permission is off (2).</summary>
    Disabled = 2,
}
