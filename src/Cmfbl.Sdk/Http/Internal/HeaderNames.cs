namespace Cmfbl.Sdk.Http.Internal;

/// <summary>The header names of the vendor's gateway (HTTP header names are case-insensitive).</summary>
internal static class HeaderNames
{
    public const string Trace = "trace";
    public const string CompanyId = "companyId";
    public const string Version = "version";
    public const string Language = "lang";
    public const string Token = "token";
    public const string Timestamp = "timestamp";
    public const string IdempotencyKey = "idempotency-key";
    public const string Captcha = "captcha";
    public const string RetryAfter = "Retry-After";
    public const string RateLimitReset = "x-ratelimit-reset";
    public const string RateLimitRemaining = "x-ratelimit-remaining";
    public const string RateLimitRemainingMisspelt = "x-ratelimit-remairing";
}
