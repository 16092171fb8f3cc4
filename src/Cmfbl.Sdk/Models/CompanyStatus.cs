using System.Text.Json.Serialization;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Models;

/// <summary>The state of a broker (white-label company) account (the company <c>status</c> field of the Manager API auth result).</summary>
/// <remarks>
/// Read with a tolerant converter: the code may arrive as a number or a numeric string; a code this SDK does not know
/// is kept as the number (cast it to <see cref="int"/> to see it), never rejected; <c>""</c> reads as 0.
/// Written as a number.
/// </remarks>
[JsonConverter(typeof(TolerantEnumConverter<CompanyStatus>))]
public enum CompanyStatus
{
    /// <summary>1: Enabled.</summary>
    Enabled = 1,

    /// <summary>2: Disabled.</summary>
    Disabled = 2,

    /// <summary>3: Deleted.</summary>
    Deleted = 3,
}
