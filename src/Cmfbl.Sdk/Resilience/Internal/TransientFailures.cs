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
    /// True for failures that may pass on a second try: transport faults, attempt time-outs, 5xx and gateway
    /// unavailability, and throttling (429, <c>GATEWAY_CODE_018</c>) whose wait is no longer than <paramref name="maxDelay"/>.
    /// Never for a ban (418), the client-side limiter, or a business error.
    /// </summary>
    public static bool IsRetryable(Exception? exception, TimeSpan maxDelay) => exception switch
    {
        CmfblRateLimitException limited => limited.HttpStatus != (HttpStatusCode)418
            && limited.Code != ClientRateLimitCode
            && (limited.RetryAfter is not { } wait || wait <= maxDelay),
        _ => CountsAsFailure(exception),
    };

    /// <summary>True for failures that say the service is unwell (not for business errors or throttling).</summary>
    public static bool CountsAsFailure(Exception? exception) => exception switch
    {
        CmfblServiceUnavailableException => true,
        TimeoutRejectedException => true,
        HttpRequestException => true,
        IOException => true,
        _ => false,
    };
}
