using BenchmarkDotNet.Attributes;
using Cmfbl.Sdk.Benchmarks.Infrastructure;
using Cmfbl.Sdk.Benchmarks.Wire;
using Cmfbl.Sdk.ManagerApi;
using Microsoft.Extensions.DependencyInjection;

namespace Cmfbl.Sdk.Benchmarks;

/// <summary>
/// The first call of a fresh process: building the container (SDK) or the <see cref="HttpClient"/> (baseline), then
/// one <c>page</c> call, which includes the auth call for the token, over the in-memory transport. Each measurement is
/// one invocation in a new process, so it includes loading assemblies and JIT compilation.
/// </summary>
[ColdStartJob]
[MemoryDiagnoser]
public class ColdStart
{
    private IDisposable? _owner;

    [Benchmark(Baseline = true)]
    public async Task<int> Baseline()
    {
        var (http, client) = Clients.BuildBaseline(Clients.InMemoryHost, new InMemoryTransport());
        _owner = http;
        var page = await client.PageAsync(BaselineRequests.Page).ConfigureAwait(false);
        return page.Records.Count;
    }

    [Benchmark]
    public async Task<int> Sdk()
    {
        var provider = Clients.BuildSdk(Clients.InMemoryHost, new InMemoryTransport());
        _owner = provider;
        var page = await provider.GetRequiredService<IWhiteCustomerAdminApiService>().PageAsync(SdkRequests.Page).ConfigureAwait(false);
        return page.Records.Count;
    }

    [GlobalCleanup]
    public void Cleanup() => _owner?.Dispose();
}
