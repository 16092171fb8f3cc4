using System.Text.Json.Serialization;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Models;

/// <summary>Whether a trading account can be used (the account <c>status</c> and <c>activateStatus</c> fields).</summary>
/// <remarks>
/// Read with a tolerant converter: the code may arrive as a number or a numeric string; a code this SDK does not know
/// is kept as the number (cast it to <see cref="int"/> to see it), never rejected; <c>""</c> reads as 0.
/// Written as a number.
/// </remarks>
[JsonConverter(typeof(TolerantEnumConverter<AccountStatus>))]
public enum AccountStatus
{
    /// <summary>1: Unavailable (not activated).</summary>
    Unavailable = 1,

    /// <summary>2: Available (activated).</summary>
    Available = 2,
}
