using System.Text.Json.Serialization;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Models;

/// <summary>The answer of <c>checkCustomerExist</c>: whether a login name is already registered.</summary>
/// <remarks>
/// Read with a tolerant converter: the code may arrive as a number or a numeric string; a code this SDK does not know
/// is kept as the number (cast it to <see cref="int"/> to see it), never rejected; <c>""</c> reads as 0.
/// Written as a number.
/// </remarks>
[JsonConverter(typeof(TolerantEnumConverter<CustomerExistence>))]
public enum CustomerExistence
{
    /// <summary>1: A customer with this login name exists.</summary>
    Exists = 1,

    /// <summary>2: No customer has this login name.</summary>
    DoesNotExist = 2,
}
