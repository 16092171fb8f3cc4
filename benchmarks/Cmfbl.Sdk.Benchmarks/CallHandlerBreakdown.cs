using BenchmarkDotNet.Attributes;
using Cmfbl.Sdk.Benchmarks.Infrastructure;
using Cmfbl.Sdk.Http.Internal;

namespace Cmfbl.Sdk.Benchmarks;

/// <summary>What the call handler's steps cost one by one (profile behind docs/performance.md; run it by name).</summary>
[SteadyStateJob]
[MemoryDiagnoser]
public class CallHandlerBreakdown
{
    private static readonly Uri Address = new("https://api.example/openapi-b/customer.admin.WhiteCustomerAdminApiService.page");

    /// <summary>The trace id as made before: <see cref="Guid.NewGuid"/> asks the OS for cryptographic randomness.</summary>
    [Benchmark(Baseline = true)]
    public string TraceIdFromGuidNewGuid() => string.Create(null, stackalloc char[64], $"{Guid.NewGuid():D}-{TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds()}");

    [Benchmark]
    public string TraceIdCreate() => TraceId.Create(TimeProvider.System);

    [Benchmark]
    public bool TimeLimit()
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(CancellationToken.None);
        limit.CancelAfter(TimeSpan.FromSeconds(100));
        return limit.IsCancellationRequested;
    }

    [Benchmark]
    public int RequestWithHeaders()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Address);
        request.Headers.TryAddWithoutValidation("trace", "abc");
        var has = request.Headers.Contains("companyId");
        request.Headers.TryAddWithoutValidation("companyId", "439");
        has |= request.Headers.Contains("lang");
        request.Headers.TryAddWithoutValidation("lang", "en");
        return has ? 1 : 0;
    }
}
