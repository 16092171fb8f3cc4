using System.Text.Json.Serialization;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Models;

/// <summary>How far the vendor has set a company up (the <c>initProgress</c> field of the Manager API auth result).</summary>
/// <remarks>
/// Read with a tolerant converter: the code may arrive as a number or a numeric string; a code this SDK does not know
/// is kept as the number (cast it to <see cref="int"/> to see it), never rejected; <c>""</c> reads as 0.
/// Written as a number.
/// </remarks>
[JsonConverter(typeof(TolerantEnumConverter<CompanyInitProgress>))]
public enum CompanyInitProgress
{
    /// <summary>1: Company initialisation.</summary>
    CompanyInitialization = 1,

    /// <summary>2: Creating the data source.</summary>
    CreateDataSource = 2,

    /// <summary>3: Initialising data.</summary>
    InitializeData = 3,
}
