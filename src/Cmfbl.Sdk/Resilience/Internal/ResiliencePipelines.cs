using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Http;
using Cmfbl.Sdk.Http.Internal;
using Polly;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Retry;

namespace Cmfbl.Sdk.Resilience.Internal;

/// <summary>
/// Builds a family's Polly pipeline, outermost first: retry (reads and keyed writes only, honouring
/// <c>Retry-After</c>/<c>x-ratelimit-reset</c>), circuit breaker, client-side rate limiter, attempt time-out.
/// </summary>
internal static class ResiliencePipelines
{
    /// <param name="builder">The family's pipeline.</param>
    /// <param name="options">The family's settings.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="defaultPartition">The limiter partition of a request that carries no API key of its own: the family's key, or its name.</param>
    /// <param name="limiterFactory">Makes the limiter of one partition (an API key), replacing the built-in sliding window; <see langword="null"/> for the built-in one.</param>
    public static void Configure(
        ResiliencePipelineBuilder<HttpResponseMessage> builder,
        CmfblResilienceOptions options,
        TimeProvider timeProvider,
        string defaultPartition = "",
        Func<string, RateLimiter>? limiterFactory = null)
    {
        builder.TimeProvider = timeProvider;
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                // An answer (no exception) is never retried: the envelope step turns every failed answer into an exception.
                ShouldHandle = args => new ValueTask<bool>(
                    args.Outcome.Exception is not null
                    && MayRetry(args.Context)
                    && TransientFailures.IsRetryable(args.Outcome.Exception, options.MaxRetryDelay, args.Context.CancellationToken.IsCancellationRequested)),
                DelayGenerator = args => new ValueTask<TimeSpan?>(
                    args.Outcome.Exception is CmfblRateLimitException { RetryAfter: { } wait } ? wait : null),
                OnRetry = args =>
                {
                    if (args.Context.GetCall() is { } call)
                    {
                        AttemptOutcomes.Failed(call, args.Outcome.Exception);
                    }

                    return default;
                },
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            FailureRatio = options.CircuitBreakerFailureRatio,
            MinimumThroughput = options.CircuitBreakerMinimumThroughput,
            SamplingDuration = options.CircuitBreakerSamplingDuration,
            BreakDuration = options.CircuitBreakerBreakDuration,
            ShouldHandle = args => new ValueTask<bool>(TransientFailures.CountsAsFailure(args.Outcome.Exception, args.Context.CancellationToken.IsCancellationRequested)),
        });

        if (limiterFactory is not null || options.PermitsPerMinute is not null)
        {
            // One limiter per API key (the vendor counts each key's calls): an Open API session's key, else the
            // family's partition. The built-in one is a sliding minute; a factory may share its budget elsewhere (Redis).
            var limiters = new ConcurrentDictionary<string, RateLimiter>(StringComparer.Ordinal);
            var create = limiterFactory ?? (_ => new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
            {
                PermitLimit = options.PermitsPerMinute!.Value,
                Window = TimeSpan.FromMinutes(1),
                SegmentsPerWindow = 6,
                QueueLimit = options.QueueLimit,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            }));

            // The SDK's own token call (the Manager auth) is made while a call that holds a permit waits for its
            // token: it must not wait behind that call, so it does not take a permit.
            builder.AddRateLimiter(new RateLimiterStrategyOptions
            {
                RateLimiter = args => IsTokenCall(args.Context)
                    ? new ValueTask<RateLimitLease>(ExemptLease.Instance)
                    : limiters.GetOrAdd(Partition(args.Context, defaultPartition), create).AcquireAsync(1, args.Context.CancellationToken),
            });
        }

        builder.AddTimeout(options.AttemptTimeout);
    }

    private static string Partition(ResilienceContext context, string defaultPartition) =>
        context.GetCall() is { } call && call.Request.Options.TryGetValue(RequestOptionKeys.ApiKey, out var key)
            ? key.ApiKey
            : defaultPartition;

    private static bool IsTokenCall(ResilienceContext context) =>
        context.GetCall()?.Operation is { Auth: OperationAuth.None };

    private static bool MayRetry(ResilienceContext context) =>
        !context.CancellationToken.IsCancellationRequested
        && context.GetCall()?.Operation is { } operation
        && operation.Kind != OperationKind.UnsafeWrite;
}
