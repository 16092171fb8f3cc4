using System.Text.Json.Serialization;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Models;

/// <summary>The customer's KYC state (the <c>kycStatus</c> field; <c>kycRemark</c> carries its name).</summary>
/// <remarks>
/// Read with a tolerant converter: the code may arrive as a number or a numeric string; a code this SDK does not know
/// is kept as the number (cast it to <see cref="int"/> to see it), never rejected; <c>""</c> reads as 0.
/// Written as a number.
/// </remarks>
[JsonConverter(typeof(TolerantEnumConverter<KycStatus>))]
public enum KycStatus
{
    /// <summary>-1: Partially verified (the vendor's code -1).</summary>
    PartiallyVerified = -1,

    /// <summary>1: Unverified: KYC is configured but nothing was submitted.</summary>
    Unverified = 1,

    /// <summary>2: Submitted and under review.</summary>
    UnderReview = 2,

    /// <summary>3: Authentication failed.</summary>
    Failed = 3,

    /// <summary>4: Authenticated.</summary>
    Authenticated = 4,
}
