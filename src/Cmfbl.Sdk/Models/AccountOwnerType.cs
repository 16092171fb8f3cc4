using System.Text.Json.Serialization;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Models;

/// <summary>Who a trading account belongs to (the account <c>type</c> field).</summary>
/// <remarks>
/// Read with a tolerant converter: the code may arrive as a number or a numeric string; a code this SDK does not know
/// is kept as the number (cast it to <see cref="int"/> to see it), never rejected; <c>""</c> reads as 0.
/// Written as a number.
/// </remarks>
[JsonConverter(typeof(TolerantEnumConverter<AccountOwnerType>))]
public enum AccountOwnerType
{
    /// <summary>1: A customer (user) account.</summary>
    User = 1,

    /// <summary>2: A merchant account.</summary>
    Merchant = 2,

    /// <summary>3: A platform account.</summary>
    Platform = 3,
}
