using System.Collections.Concurrent;
using Cmfbl.Sdk.DependencyInjection.Internal;
using Cmfbl.Sdk.Http.Internal;
using Cmfbl.Sdk.Internal;
using Microsoft.Extensions.DependencyInjection;
using Polly;

namespace Cmfbl.Sdk.Resilience.Internal;

/// <summary>
/// Each family client's Polly pipeline (retry, circuit breaker, rate limiter, attempt time-out), built on first use and
/// kept for the container's life: the breaker's and the limiter's state outlive the handlers IHttpClientFactory
/// rotates. The call handler runs it around the attempts itself, so a call passes through no extra handler for it.
/// </summary>
internal sealed class FamilyPipelines(IServiceProvider provider)
{
    private readonly ConcurrentDictionary<string, Lazy<ResiliencePipeline<HttpResponseMessage>>> _pipelines = new(StringComparer.Ordinal);

    /// <summary>The pipeline of the client named <paramref name="clientName"/>, built the first time it is asked for.</summary>
    /// <param name="clientName">The family's HTTP client name (also the pipeline's name in Polly's telemetry).</param>
    /// <param name="family">The family, whose API key partitions the rate limiter.</param>
    /// <param name="resilience">Picks the family's settings from the options.</param>
    public ResiliencePipeline<HttpResponseMessage> Get(string clientName, ApiFamily family, Func<CmfblOptions, CmfblResilienceOptions> resilience) =>
        _pipelines.GetOrAdd(clientName, name => new(() => Build(name, family, resilience))).Value;

    private ResiliencePipeline<HttpResponseMessage> Build(string clientName, ApiFamily family, Func<CmfblOptions, CmfblResilienceOptions> resilience)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { Name = clientName };
        var limiter = provider.GetServices<RateLimiterRegistration>().LastOrDefault(registration => registration.Family == family);
        ResiliencePipelines.Configure(
            builder,
            resilience(provider.GetRequiredService<SdkRuntime>().Options),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<FamilyAuths>().For(family).ApiKey?.ApiKey ?? family.ToString(),
            limiter is null ? null : apiKey => limiter.Create(provider, apiKey));
        QuietResilienceTelemetry.Configure(builder, provider);
        return builder.Build();
    }
}
