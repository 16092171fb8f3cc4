using System.Text.Json.Serialization;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Models;

/// <summary>What a login name is (the <c>type</c> field of <c>checkCustomerExist</c>, <c>login</c> and <c>register</c>).</summary>
/// <remarks>
/// Read with a tolerant converter: the code may arrive as a number or a numeric string; a code this SDK does not know
/// is kept as the number (cast it to <see cref="int"/> to see it), never rejected; <c>""</c> reads as 0.
/// Written as a number.
/// </remarks>
[JsonConverter(typeof(TolerantEnumConverter<LoginNameType>))]
public enum LoginNameType
{
    /// <summary>1: An e-mail address.</summary>
    Email = 1,

    /// <summary>2: A phone number (send the area code in <c>phoneArea</c>).</summary>
    Phone = 2,

    /// <summary>3: A customer number (customer account); not accepted by every operation (the Client API's register takes only 1 and 2).</summary>
    CustomerNo = 3,
}
