using System.Text.Json.Serialization;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Models;

/// <summary>The kind of customer group, and so of the customer in it (the group <c>type</c> field, and <c>type</c> in customer profiles).</summary>
/// <remarks>
/// Read with a tolerant converter: the code may arrive as a number or a numeric string; a code this SDK does not know
/// is kept as the number (cast it to <see cref="int"/> to see it), never rejected; <c>""</c> reads as 0.
/// Written as a number.
/// </remarks>
[JsonConverter(typeof(TolerantEnumConverter<CustomerGroupType>))]
public enum CustomerGroupType
{
    /// <summary>0: Real money.</summary>
    Real = 0,

    /// <summary>1: Demo (the vendor also calls it test or simulated).</summary>
    Demo = 1,

    /// <summary>2: Guest (visitor).</summary>
    Guest = 2,
}
