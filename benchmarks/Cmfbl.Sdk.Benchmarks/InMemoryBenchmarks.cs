using BenchmarkDotNet.Attributes;
using Cmfbl.Sdk.Benchmarks.Baseline;
using Cmfbl.Sdk.Benchmarks.Baseline.SameLibraries;
using Cmfbl.Sdk.Benchmarks.Infrastructure;
using Cmfbl.Sdk.Benchmarks.Wire;
using Cmfbl.Sdk.ManagerApi;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Pagination;
using Microsoft.Extensions.DependencyInjection;

namespace Cmfbl.Sdk.Benchmarks;

/// <summary>
/// One call, steady state, over the in-memory transport: the SDK resolved from DI with its whole handler pipeline,
/// against the hand-written baseline. The token is fetched in the set-up, so neither side calls auth while measured.
/// </summary>
[SteadyStateJob]
[MemoryDiagnoser]
public abstract class InMemoryCallBenchmark
{
    private ServiceProvider? _provider;
    private HttpClient? _http;
    private ServiceProvider? _sameLibrariesProvider;

    protected InMemoryTransport Transport { get; } = new();

    protected BaselineClient HandWritten { get; private set; } = null!;

    /// <summary>A hand-written client on the SDK's libraries (its own transport, so the auth count of the other two stays checked).</summary>
    protected SameLibrariesClient OnSameLibraries { get; private set; } = null!;

    /// <summary>Which of the SDK's libraries <see cref="OnSameLibraries"/> is built on (all of them unless a profiling mode says otherwise).</summary>
    internal LibraryLayers SameLibrariesLayers { get; init; } = LibraryLayers.All;

    protected IWhiteCustomerAdminApiService SdkCustomers { get; private set; } = null!;

    protected IManagerCustomerWebApiService SdkCustomerWeb { get; private set; } = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _provider = Clients.BuildSdk(Clients.InMemoryHost, Transport);
        SdkCustomers = _provider.GetRequiredService<IWhiteCustomerAdminApiService>();
        SdkCustomerWeb = _provider.GetRequiredService<IManagerCustomerWebApiService>();
        (_http, HandWritten) = Clients.BuildBaseline(Clients.InMemoryHost, Transport);
        _sameLibrariesProvider = SameLibrariesClient.Build(Clients.InMemoryHost, new InMemoryTransport(), SameLibrariesLayers);
        OnSameLibraries = _sameLibrariesProvider.GetRequiredService<SameLibrariesClient>();

        // Steady state: both sides hold their token, and both paths ran once.
        await SdkCustomers.PageAsync(SdkRequests.Page).ConfigureAwait(false);
        await HandWritten.PageAsync(BaselineRequests.Page).ConfigureAwait(false);
        await RunSdkOnceAsync().ConfigureAwait(false);
        await RunBaselineOnceAsync().ConfigureAwait(false);
        await RunSameLibrariesOnceAsync().ConfigureAwait(false);
        if (Transport.AuthCalls != 2)
        {
            throw new InvalidOperationException($"Expected one auth call per side, saw {Transport.AuthCalls}.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Transport.AuthCalls != 2)
        {
            throw new InvalidOperationException($"The token was not cached: {Transport.AuthCalls} auth calls.");
        }

        _provider?.Dispose();
        _http?.Dispose();
        _sameLibrariesProvider?.Dispose();
    }

    /// <summary>One call of the hand-written client on the SDK's libraries, for <see cref="PairedTiming"/>.</summary>
    internal Func<Task> CallOnSameLibraries() => RunSameLibrariesOnceAsync;

    /// <summary>One call of the SDK or of the baseline, for the profiling modes (<see cref="AllocationProfile"/>, <see cref="CpuLoop"/>, <see cref="PairedTiming"/>).</summary>
    internal Func<Task> Call(bool baseline) => baseline ? RunBaselineForProfile : RunSdkForProfile;

    /// <summary>One SDK call, for <see cref="AllocationProfile"/>.</summary>
    internal Task RunSdkForProfile() => RunSdkOnceAsync();

    /// <summary>One baseline call, for <see cref="AllocationProfile"/>.</summary>
    internal Task RunBaselineForProfile() => RunBaselineOnceAsync();

    protected abstract Task RunSdkOnceAsync();

    protected abstract Task RunBaselineOnceAsync();

    protected abstract Task RunSameLibrariesOnceAsync();
}

/// <summary><c>page</c>: 20 customer records.</summary>
public class PageCall : InMemoryCallBenchmark
{
    [Benchmark(Baseline = true)]
    public Task<Page<CustomerRow>> Baseline() => HandWritten.PageAsync(BaselineRequests.Page);

    [Benchmark]
    public Task<PagedResult<CustomerRecord>> Sdk() => SdkCustomers.PageAsync(SdkRequests.Page);

    protected override Task RunSdkOnceAsync() => Sdk();

    protected override Task RunBaselineOnceAsync() => Baseline();

    protected override Task RunSameLibrariesOnceAsync() => OnSameLibraries.PageAsync(BaselineRequests.Page);
}

/// <summary><c>detail</c>: one customer profile.</summary>
public class DetailCall : InMemoryCallBenchmark
{
    [Benchmark(Baseline = true)]
    public Task<CustomerDetail> Baseline() => HandWritten.DetailAsync(BaselineRequests.Detail);

    [Benchmark]
    public Task<CustomerProfile> Sdk() => SdkCustomers.DetailAsync(SdkRequests.Detail);

    protected override Task RunSdkOnceAsync() => Sdk();

    protected override Task RunBaselineOnceAsync() => Baseline();

    protected override Task RunSameLibrariesOnceAsync() => OnSameLibraries.DetailAsync(BaselineRequests.Detail);
}

/// <summary><c>checkCustomerExist</c>: a guest call (no token) answering one number.</summary>
public class CheckCustomerExistCall : InMemoryCallBenchmark
{
    [Benchmark(Baseline = true)]
    public Task<int> Baseline() => HandWritten.CheckCustomerExistAsync(BaselineRequests.Check);

    [Benchmark]
    public Task<CustomerExistence> Sdk() => SdkCustomerWeb.CheckCustomerExistAsync(SdkRequests.Check);

    protected override Task RunSdkOnceAsync() => Sdk();

    protected override Task RunBaselineOnceAsync() => Baseline();

    protected override Task RunSameLibrariesOnceAsync() => OnSameLibraries.CheckCustomerExistAsync(BaselineRequests.Check);
}

/// <summary><c>addCusAndOpenAccountAndKyc</c>: an unsafe write answering a string.</summary>
public class AddCustomerCall : InMemoryCallBenchmark
{
    [Benchmark(Baseline = true)]
    public Task<string> Baseline() => HandWritten.AddCustomerAsync(BaselineRequests.AddCustomer);

    [Benchmark]
    public Task<string> Sdk() => SdkCustomers.AddCusAndOpenAccountAndKycAsync(SdkRequests.AddCustomer);

    protected override Task RunSdkOnceAsync() => Sdk();

    protected override Task RunBaselineOnceAsync() => Baseline();

    protected override Task RunSameLibrariesOnceAsync() => OnSameLibraries.AddCustomerAsync(BaselineRequests.AddCustomer);
}
