namespace Cmfbl.Sdk.Errors.Internal;

/// <summary>How the SDK treats a vendor error code or an HTTP status.</summary>
internal enum ErrorCategory
{
    /// <summary>A business error: surfaced as <see cref="CmfblApiException"/>.</summary>
    Business,

    /// <summary>The session token is missing or expired (refused before the operation ran): renew it once and replay.</summary>
    LoginExpired,

    /// <summary>Credentials were rejected: surfaced as <see cref="CmfblAuthenticationException"/>.</summary>
    Authentication,

    /// <summary>Throttled before the operation ran: surfaced as <see cref="CmfblRateLimitException"/>; transient for reads.</summary>
    RateLimited,

    /// <summary>
    /// The service or a downstream is unavailable and the answer proves the operation did not run (for example the
    /// gateway found no downstream to forward to): <see cref="CmfblServiceUnavailableException"/>, safe to try again.
    /// </summary>
    NotExecuted,

    /// <summary>
    /// The call failed or timed out after the gateway may have forwarded it (system error, downstream abnormal or
    /// time-out): transient for reads, <see cref="CmfblOutcomeUnknownException"/> for writes.
    /// </summary>
    MayHaveExecuted,
}
