using BenchmarkDotNet.Attributes;
using Cmfbl.Sdk.Benchmarks.Infrastructure;
using Cmfbl.Sdk.Resilience;
using Cmfbl.Sdk.Resilience.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;

namespace Cmfbl.Sdk.Benchmarks;

/// <summary>
/// What Polly's pipeline costs one call by itself, built exactly as the SDK builds a family's pipeline (retry, circuit
/// breaker, attempt time-out, Polly's telemetry with no listener) around an attempt that answers at once: the part of
/// every call's time that the design's resilience library takes before any of the SDK's own code runs (profile behind
/// docs/performance.md "Small calls"; run it by name).
/// </summary>
[SteadyStateJob]
[MemoryDiagnoser]
public class ResiliencePipelineCost
{
    private static readonly HttpResponseMessage Answer = new();
    private static readonly Func<ResilienceContext, HttpResponseMessage, ValueTask<HttpResponseMessage>> Attempt =
        static (_, answer) => new ValueTask<HttpResponseMessage>(answer);

    private ServiceProvider _services = null!;
    private ResiliencePipeline<HttpResponseMessage> _withTelemetry = null!;
    private ResiliencePipeline<HttpResponseMessage> _withoutTelemetry = null!;

    [GlobalSetup]
    public void Setup()
    {
        _services = new ServiceCollection().AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance).BuildServiceProvider();
        _withTelemetry = Build(telemetry: true);
        _withoutTelemetry = Build(telemetry: false);
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    /// <summary>The attempt called directly, from the same kind of async method.</summary>
    [Benchmark(Baseline = true)]
    public async Task<HttpResponseMessage> NoPipeline() => await Attempt(null!, Answer).ConfigureAwait(false);

    /// <summary>The attempt run by the SDK's pipeline, as a call runs it.</summary>
    [Benchmark]
    public Task<HttpResponseMessage> SdkPipeline() => RunAsync(_withTelemetry);

    /// <summary>The same pipeline without Polly's telemetry.</summary>
    [Benchmark]
    public Task<HttpResponseMessage> SdkPipelineWithoutTelemetry() => RunAsync(_withoutTelemetry);

    private static async Task<HttpResponseMessage> RunAsync(ResiliencePipeline<HttpResponseMessage> pipeline)
    {
        var context = ResilienceContextPool.Shared.Get("customer.admin.WhiteCustomerAdminApiService.detail", CancellationToken.None);
        try
        {
            return await pipeline.ExecuteAsync(Attempt, context, Answer).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private ResiliencePipeline<HttpResponseMessage> Build(bool telemetry)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { Name = "cmfbl-manager" };
        ResiliencePipelines.Configure(builder, new CmfblResilienceOptions(), TimeProvider.System, "bench");
        if (telemetry)
        {
            QuietResilienceTelemetry.Configure(builder, _services);
        }

        return builder.Build();
    }
}
