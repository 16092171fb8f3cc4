using System.Text.Json.Serialization;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Models;

/// <summary>Whether a customer is a person or a company (the customer <c>openAccountType</c> field).</summary>
/// <remarks>
/// Read with a tolerant converter: the code may arrive as a number or a numeric string; a code this SDK does not know
/// is kept as the number (cast it to <see cref="int"/> to see it), never rejected; <c>""</c> reads as 0.
/// Written as a number.
/// </remarks>
[JsonConverter(typeof(TolerantEnumConverter<OpenAccountType>))]
public enum OpenAccountType
{
    /// <summary>0: An individual.</summary>
    Individual = 0,

    /// <summary>1: An enterprise (business) customer.</summary>
    Enterprise = 1,
}
