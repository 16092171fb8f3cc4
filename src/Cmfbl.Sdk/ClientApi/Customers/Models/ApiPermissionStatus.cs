using System.Text.Json.Serialization;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.ClientApi.Customers.Models;

/// <summary>Whether an API key's permission is on (the vendor's <c>status</c>: 1 enabled, 2 disabled).</summary>
/// <remarks>Read with a tolerant converter: a number or a numeric string; a code this SDK does not know is kept as the number. Written as a number.</remarks>
[JsonConverter(typeof(TolerantEnumConverter<ApiPermissionStatus>))]
public enum ApiPermissionStatus
{
    /// <summary>The permission is on (1).</summary>
    Enabled = 1,

    /// <summary>The permission is off (2).</summary>
    Disabled = 2,
}
