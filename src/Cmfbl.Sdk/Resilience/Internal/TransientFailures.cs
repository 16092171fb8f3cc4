using System.Net;
using Cmfbl.Sdk.Errors;
using Polly.Timeout;

namespace Cmfbl.Sdk.Resilience.Internal;

/// <summary>Which failures are worth another attempt, and which count against the circuit breaker.</summary>
internal static class TransientFailures
{
    /// <summary>The code of the SDK's own client-side limiter; it is never retried (that would only wait in line again).</summary>
    public const string ClientRateLimitCode = "CMFBL_CLIENT_RATE_LIMIT";

    /// <summary>
    /// True for failures that may pass on a second try: transport faults (including a time-out of the connection
    /// itself, which the caller did not ask for), attempt time-outs, 5xx and gateway failures, a keyed write whose
    /// outcome is unknown (retried with the same key), and throttling (429, <c>GATEWAY_CODE_018</c>) whose wait is no
    /// longer than <paramref name="maxDelay"/>. Never for a ban (418), the client-side limiter, or a business error.
    /// Whether an operation may be retried at all is decided by its kind, before this.
    /// </summary>
    public static bool IsRetryable(Exception? exception, TimeSpan maxDelay, bool callCancelled) => exception switch
    {
        CmfblRateLimitException limited => limited.HttpStatus != (HttpStatusCode)418
            && limited.Code != ClientRateLimitCode
            && (limited.RetryAfter is not { } wait || wait <= maxDelay),
        _ => CountsAsFailure(exception, callCancelled),
    };

    /// <summary>True for failures that say the service or the connection is unwell (not for business errors, throttling or the caller's cancellation).</summary>
    public static bool CountsAsFailure(Exception? exception, bool callCancelled) => exception switch
    {
        CmfblServiceUnavailableException => true,
        CmfblOutcomeUnknownException => true,
        TimeoutRejectedException => true,
        HttpRequestException => true,
        IOException => true,
        OperationCanceledException => !callCancelled,
        _ => false,
    };
}
