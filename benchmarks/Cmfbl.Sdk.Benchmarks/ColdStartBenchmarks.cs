using BenchmarkDotNet.Attributes;
using Cmfbl.Sdk.Benchmarks.Baseline.SameLibraries;
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

    /// <summary>A hand-written client on the SDK's own libraries (DI, IHttpClientFactory, Polly, Refit, System.Text.Json metadata).</summary>
    [Benchmark]
    public Task<int> SameLibraries() => SameLibrariesOn(LibraryLayers.All);

    /// <summary>The same client on some of those libraries (the steps between the baseline and the SDK; not a benchmark of its own).</summary>
    internal async Task<int> SameLibrariesOn(LibraryLayers layers)
    {
        var provider = SameLibrariesClient.Build(Clients.InMemoryHost, new InMemoryTransport(), layers);
        _owner = provider;
        var page = await provider.GetRequiredService<SameLibrariesClient>().PageAsync(BaselineRequests.Page).ConfigureAwait(false);
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
