namespace Cmfbl.Sdk.Errors.Internal;

/// <summary>How the SDK treats a vendor error code.</summary>
internal enum ErrorCategory
{
    /// <summary>A business error: surfaced as <see cref="CmfblApiException"/>.</summary>
    Business,

    /// <summary>The session token is missing or expired: renew it once and replay.</summary>
    LoginExpired,

    /// <summary>Credentials were rejected: surfaced as <see cref="CmfblAuthenticationException"/>.</summary>
    Authentication,

    /// <summary>Throttled: surfaced as <see cref="CmfblRateLimitException"/>; transient for reads.</summary>
    RateLimited,

    /// <summary>The service or a downstream is unavailable: transient, surfaced as <see cref="CmfblServiceUnavailableException"/>.</summary>
    Unavailable,
}
