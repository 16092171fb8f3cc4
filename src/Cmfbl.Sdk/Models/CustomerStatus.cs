using System.Text.Json.Serialization;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Models;

/// <summary>The state of a customer (the <c>status</c> field of customer records and profiles).</summary>
/// <remarks>
/// Read with a tolerant converter: the code may arrive as a number or a numeric string; a code this SDK does not know
/// is kept as the number (cast it to <see cref="int"/> to see it), never rejected; <c>""</c> reads as 0.
/// Written as a number.
/// </remarks>
[JsonConverter(typeof(TolerantEnumConverter<CustomerStatus>))]
public enum CustomerStatus
{
    /// <summary>1: Normal: the customer can log in and trade.</summary>
    Normal = 1,

    /// <summary>2: Disabled by the broker.</summary>
    Disabled = 2,

    /// <summary>3: Deleted.</summary>
    Deleted = 3,

    /// <summary>4: The customer's account is closed.</summary>
    Closed = 4,

    /// <summary>5: Locked (for example after too many failed logins).</summary>
    Locked = 5,

    /// <summary>6: Account closure is in progress.</summary>
    Closing = 6,
}
