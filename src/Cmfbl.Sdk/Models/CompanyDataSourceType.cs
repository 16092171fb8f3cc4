using System.Text.Json.Serialization;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Models;

/// <summary>Where a company's data is stored (the <c>dataSourceType</c> field of the Manager API auth result).</summary>
/// <remarks>
/// Read with a tolerant converter: the code may arrive as a number or a numeric string; a code this SDK does not know
/// is kept as the number (cast it to <see cref="int"/> to see it), never rejected; <c>""</c> reads as 0.
/// Written as a number.
/// </remarks>
[JsonConverter(typeof(TolerantEnumConverter<CompanyDataSourceType>))]
public enum CompanyDataSourceType
{
    /// <summary>1: The shared (public) data source.</summary>
    Public = 1,

    /// <summary>2: A data source of its own.</summary>
    Independent = 2,
}
