using System.Text.Json.Serialization;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>Which leverage movements <c>customer.app.CustomerWebApiService.queryLiabilitiesWaterByPage</c> lists (its <c>liabilitiesType</c>).</summary>
/// <remarks>
/// Read with a tolerant converter: the code may arrive as a number or a numeric string; a code this SDK does not know
/// is kept as the number (cast it to <see cref="int"/> to see it), never rejected; <c>""</c> reads as 0.
/// Written as a number.
/// </remarks>
[JsonConverter(typeof(TolerantEnumConverter<LiabilitiesType>))]
public enum LiabilitiesType
{
    /// <summary>1: Loans.</summary>
    Loan = 1,

    /// <summary>2: Repayments.</summary>
    Repayment = 2,
}
