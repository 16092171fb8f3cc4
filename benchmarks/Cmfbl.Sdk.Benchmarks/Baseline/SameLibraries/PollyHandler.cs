using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace Cmfbl.Sdk.Benchmarks.Baseline.SameLibraries;

/// <summary>
/// Every call through one Polly pipeline with the strategies the SDK uses (retry, circuit breaker, attempt time-out)
/// and Polly's telemetry, as a developer writes it with Polly v8 and no Microsoft.Extensions.Http.Resilience.
/// </summary>
public sealed class PollyHandler(ILoggerFactory loggerFactory) : DelegatingHandler
{
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
        .ConfigureTelemetry(loggerFactory)
        .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = 2,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldHandle = static args => new ValueTask<bool>(args.Outcome.Exception is HttpRequestException),
        })
        .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            ShouldHandle = static args => new ValueTask<bool>(args.Outcome.Exception is HttpRequestException),
        })
        .AddTimeout(TimeSpan.FromSeconds(10))
        .Build();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        await _pipeline.ExecuteAsync(
            static (state, token) => new ValueTask<HttpResponseMessage>(state.Handler.SendCoreAsync(state.Request, token)),
            (Handler: this, Request: request),
            cancellationToken).ConfigureAwait(false);

    private Task<HttpResponseMessage> SendCoreAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}
