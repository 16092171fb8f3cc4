namespace Cmfbl.Sdk.Resilience;

/// <summary>
/// How one API family retries, breaks and limits its calls. Only operations of kind
/// <see cref="Http.OperationKind.Read"/> and <see cref="Http.OperationKind.KeyedWrite"/> are retried; an
/// <see cref="Http.OperationKind.UnsafeWrite"/> is sent at most once.
/// </summary>
public sealed class CmfblResilienceOptions
{
    /// <summary>
    /// Gets or sets the time limit of one attempt. The default value is 20 seconds, above the server's own 15 s limit,
    /// so the server's time-out answer (<c>GATEWAY_CODE_902</c>) arrives before the SDK gives up on the attempt.
    /// From 10 milliseconds to 1 day.
    /// </summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Gets or sets how many times a failed read is retried. The default value is 3; 0 turns retries off; at most 10.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Gets or sets the first retry delay; later ones grow exponentially, with jitter. The default value is 500 ms.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Gets or sets the longest wait before a retry. A <c>Retry-After</c> or <c>x-ratelimit-reset</c> longer than this is
    /// not waited for: the call fails with <see cref="Errors.CmfblRateLimitException"/> at once. The default value is 30 seconds;
    /// not below <see cref="RetryBaseDelay"/>, at most 1 day.
    /// </summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets the share of failed calls in <see cref="CircuitBreakerSamplingDuration"/> that opens the circuit. The default value is 0.5.</summary>
    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Gets or sets how many calls must be seen in the sampling window before the circuit may open. The default value is 20.</summary>
    public int CircuitBreakerMinimumThroughput { get; set; } = 20;

    /// <summary>Gets or sets the window over which failures are counted. The default value is 30 seconds; from 0.5 seconds to 1 day.</summary>
    public TimeSpan CircuitBreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets how long an open circuit refuses calls. The default value is 15 seconds; from 0.5 seconds to 1 day.</summary>
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Gets or sets how long no call goes out after HTTP 418 (the key is banned) when the answer names no window. The
    /// vendor bans for 5 minutes first, then 10, and so on. The default value is 5 minutes.
    /// </summary>
    public TimeSpan DefaultBanDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Gets or sets the client-side limit of calls per minute (every attempt counts), or <see langword="null"/> for no
    /// limit. The Manager and Client APIs limit each endpoint per minute on the server (300 in the vendor's example), so
    /// the default value for them is <see langword="null"/>; the Open and Bridge APIs allow 100 a minute per API key.
    /// </summary>
    public int? PermitsPerMinute { get; set; }

    /// <summary>
    /// Gets or sets how many calls may wait for a permit when <see cref="PermitsPerMinute"/> is reached. The default
    /// value is 0: fail fast with <see cref="Errors.CmfblRateLimitException"/>.
    /// </summary>
    public int QueueLimit { get; set; }
}
