using System.Text.Json.Serialization;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Models;

/// <summary>The review state of the KYC submitted at registration (the <c>kycAuditStatus</c> field).</summary>
/// <remarks>
/// Read with a tolerant converter: the code may arrive as a number or a numeric string; a code this SDK does not know
/// is kept as the number (cast it to <see cref="int"/> to see it), never rejected; <c>""</c> reads as 0.
/// Written as a number.
/// </remarks>
[JsonConverter(typeof(TolerantEnumConverter<KycAuditStatus>))]
public enum KycAuditStatus
{
    /// <summary>0: Not certified: the customer should be sent to the certification page.</summary>
    NotCertified = 0,

    /// <summary>1: Submitted and waiting for review.</summary>
    Pending = 1,

    /// <summary>2: Review passed.</summary>
    Passed = 2,

    /// <summary>3: Review failed; <c>kycAuditRemark</c> says why.</summary>
    Rejected = 3,
}
