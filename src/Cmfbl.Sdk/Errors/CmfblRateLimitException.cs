namespace Cmfbl.Sdk.Errors;

/// <summary>
/// The call was refused because too many were made: HTTP 429, HTTP 418 (the key is banned for a while), the
/// <c>GATEWAY_CODE_018</c> "request frequency too fast" envelope, or the SDK's own client-side rate limiter.
/// </summary>
public sealed class CmfblRateLimitException : CmfblApiException
{
    /// <summary>Initializes a new instance of the <see cref="CmfblRateLimitException"/> class.</summary>
    /// <param name="message">What happened and what to do about it.</param>
    /// <param name="error">The error fields of the answer.</param>
    /// <param name="context">The operation and transport facts of the failed call.</param>
    /// <param name="retryAfter">How long to wait before calling again, when the answer said so.</param>
    /// <param name="innerException">The underlying cause, if any.</param>
    public CmfblRateLimitException(string message, CmfblApiError error, CmfblErrorContext context, TimeSpan? retryAfter, Exception? innerException = null)
        : base(message, error, context, innerException)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>Gets how long to wait before calling again, from <c>Retry-After</c> or <c>x-ratelimit-reset</c>, when known.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>
    /// Gets how many calls the window still allows, from <c>x-ratelimit-remaining</c> (the vendor's documents spell it
    /// <c>x-ratelimit-remairing</c>; both are read), when the answer said.
    /// </summary>
    public int? RemainingRequests { get; init; }
}
