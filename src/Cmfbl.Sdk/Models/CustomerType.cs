using System.Text.Json.Serialization;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Models;

/// <summary>The kind of customer (the <c>customerType</c> field).</summary>
/// <remarks>
/// Read with a tolerant converter: the code may arrive as a number or a numeric string; a code this SDK does not know
/// is kept as the number (cast it to <see cref="int"/> to see it), never rejected; <c>""</c> reads as 0.
/// Written as a number.
/// </remarks>
[JsonConverter(typeof(TolerantEnumConverter<CustomerType>))]
public enum CustomerType
{
    /// <summary>0: An ordinary customer.</summary>
    Default = 0,

    /// <summary>1: An agent (introducing broker).</summary>
    Agent = 1,

    /// <summary>2: A credit customer.</summary>
    Credit = 2,

    /// <summary>3: An activity-settlement customer (used to settle promotional activities).</summary>
    ActivitySettlement = 3,
}
