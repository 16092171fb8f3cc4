using BenchmarkDotNet.Attributes;
using Cmfbl.Sdk.Benchmarks.Baseline;
using Cmfbl.Sdk.Benchmarks.Baseline.SameLibraries;
using Cmfbl.Sdk.Benchmarks.Infrastructure;
using Cmfbl.Sdk.Benchmarks.Wire;
using Cmfbl.Sdk.ManagerApi;
using Microsoft.Extensions.DependencyInjection;

namespace Cmfbl.Sdk.Benchmarks;

/// <summary>
/// Throughput over a real socket: <see cref="Callers"/> concurrent callers share <see cref="Calls"/> <c>page</c>
/// calls (20 records each) against a Kestrel server on 127.0.0.1, through the default socket handler on both sides.
/// Mean is per call; the Ops/s column is calls per second over the whole group.
/// </summary>
[SteadyStateJob]
[MemoryDiagnoser]
[ThroughputColumn]
public class LoopbackThroughput
{
    public const int Calls = 256;

    private LoopbackServer? _server;
    private ServiceProvider? _provider;
    private HttpClient? _http;
    private IWhiteCustomerAdminApiService _sdk = null!;
    private BaselineClient _baseline = null!;
    private ServiceProvider? _sameLibrariesProvider;
    private SameLibrariesClient _sameLibraries = null!;

    [Params(1, 16, 64)]
    public int Callers { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = await LoopbackServer.StartAsync().ConfigureAwait(false);
        _provider = Clients.BuildSdk(_server.Address, transport: null);
        _sdk = _provider.GetRequiredService<IWhiteCustomerAdminApiService>();
        (_http, _baseline) = Clients.BuildBaseline(_server.Address, transport: null);
        _sameLibrariesProvider = SameLibrariesClient.Build(_server.Address, transport: null);
        _sameLibraries = _sameLibrariesProvider.GetRequiredService<SameLibrariesClient>();

        // Token fetched and connections opened before measuring.
        await Sdk().ConfigureAwait(false);
        await Baseline().ConfigureAwait(false);
        await SameLibraries().ConfigureAwait(false);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _http?.Dispose();
        _sameLibrariesProvider?.Dispose();
        if (_provider is not null)
        {
            await _provider.DisposeAsync().ConfigureAwait(false);
        }

        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Calls)]
    public Task Baseline() => RunAsync(static (self, _) => self._baseline.PageAsync(BaselineRequests.Page));

    [Benchmark(OperationsPerInvoke = Calls)]
    public Task Sdk() => RunAsync(static (self, _) => self._sdk.PageAsync(SdkRequests.Page));

    /// <summary>The same calls by a client written by hand on the SDK's own libraries (DI, IHttpClientFactory, Polly, Refit).</summary>
    [Benchmark(OperationsPerInvoke = Calls)]
    public Task SameLibraries() => RunAsync(static (self, _) => self._sameLibraries.PageAsync(BaselineRequests.Page));

    private Task RunAsync(Func<LoopbackThroughput, int, Task> call)
    {
        var callers = new Task[Callers];
        var perCaller = Calls / Callers;
        for (var caller = 0; caller < callers.Length; caller++)
        {
            callers[caller] = Task.Run(async () =>
            {
                for (var i = 0; i < perCaller; i++)
                {
                    await call(this, i).ConfigureAwait(false);
                }
            });
        }

        return Task.WhenAll(callers);
    }
}
