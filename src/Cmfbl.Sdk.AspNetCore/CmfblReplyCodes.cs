using Cmfbl.Sdk.AspNetCore.Settlement;

namespace Cmfbl.Sdk.AspNetCore;

/// <summary>
/// The <c>code</c> values of the receivers' replies: the vendor's (<see cref="Success"/>,
/// <see cref="ReceivedNotProcessed"/>, <see cref="NeverReceived"/>) and the ones this package sends when it answers by
/// itself (prefixed <c>CMFBL_</c>). The platform treats every code except <c>"0"</c> as "not done".
/// </summary>
public static class CmfblReplyCodes
{
    /// <summary><c>"0"</c>: done.</summary>
    public const string Success = "0";

    /// <summary><c>US_0000001</c>: the cancelled adjustment was received but not processed (your handler refused it, threw, or was abandoned at the deadline).</summary>
    public const string ReceivedNotProcessed = "US_0000001";

    /// <summary><c>US_0000002</c>: the cancelled adjustment was never received. The package also makes sure it is never processed if it arrives later.</summary>
    public const string NeverReceived = "US_0000002";

    /// <summary>The request was malformed (HTTP 400): a missing or wrongly typed field, not JSON, a missing header.</summary>
    public const string InvalidRequest = "CMFBL_INVALID_REQUEST";

    /// <summary>The <c>companyId</c> header is not the configured company (HTTP 403).</summary>
    public const string CompanyMismatch = "CMFBL_COMPANY_MISMATCH";

    /// <summary>The body is larger than the receiver's <c>MaxRequestBodySize</c> (HTTP 413).</summary>
    public const string PayloadTooLarge = "CMFBL_PAYLOAD_TOO_LARGE";

    /// <summary>
    /// The handler did not answer before <see cref="ExternalSettlementOptions.HandlerDeadline"/>: the call is answered
    /// "not done" before the platform's 3-second limit, and the platform cancels the adjustment.
    /// </summary>
    public const string DeadlineExceeded = "CMFBL_DEADLINE_EXCEEDED";

    /// <summary>A cancellation arrived while the adjustment it cancels was still running: nothing was done; the platform's retry will be answered.</summary>
    public const string InProgress = "CMFBL_IN_PROGRESS";

    /// <summary>The handler threw (HTTP 500, no details in the reply; the exception is logged).</summary>
    public const string HandlerError = "CMFBL_HANDLER_ERROR";

    /// <summary>A Bridge notification's <c>signature</c> did not verify (HTTP 401).</summary>
    public const string SignatureInvalid = "CMFBL_SIGNATURE_INVALID";


    /// <summary>The idempotency store could not be reached (HTTP 503); the handler did not run.</summary>
    public const string StoreUnavailable = "CMFBL_STORE_UNAVAILABLE";

    /// <summary>The answer to an adjustment whose cancellation arrived first: it is refused and never reaches the handler.</summary>
    public const string CancelledBeforeArrival = "CMFBL_CANCELLED_BEFORE_ARRIVAL";
}
