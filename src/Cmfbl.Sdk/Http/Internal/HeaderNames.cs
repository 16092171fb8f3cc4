namespace Cmfbl.Sdk.Http.Internal;

/// <summary>The header names of the vendor's gateway (HTTP header names are case-insensitive).</summary>
internal static class HeaderNames
{
    public const string Trace = "trace";
    public const string CompanyId = "companyId";

    /// <summary>The Auth2 API's name for the company id header.</summary>
    public const string Company = "company";
    public const string Version = "version";
    public const string Language = "lang";
    public const string Token = "token";
    public const string Timestamp = "timestamp";
    public const string IdempotencyKey = "idempotency-key";
    public const string Captcha = "captcha";
    public const string ForwardedFor = "X-Forwarded-For";

    /// <summary>
    /// A service method's header parameters travel as request options with this prefix (Refit's <c>[Property]</c>), not
    /// as Refit headers: Refit silently strips line breaks from header values, and the SDK must refuse them instead.
    /// The call handler checks each value and sets it as the header named after the prefix.
    /// </summary>
    public const string PropertyPrefix = "Cmfbl.Header.";

    public const string CaptchaProperty = PropertyPrefix + Captcha;
    public const string ForwardedForProperty = PropertyPrefix + ForwardedFor;
    public const string RetryAfter = "Retry-After";
    public const string RateLimitReset = "x-ratelimit-reset";
    public const string RateLimitRemaining = "x-ratelimit-remaining";
    public const string RateLimitRemainingMisspelt = "x-ratelimit-remairing";
}
