using BenchmarkDotNet.Attributes;
using Cmfbl.Sdk.Benchmarks.Infrastructure;
using Cmfbl.Sdk.Benchmarks.Wire;
using Cmfbl.Sdk.Http.Internal;
using Cmfbl.Sdk.Internal;
using Cmfbl.Sdk.ManagerApi;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Pagination;
using Microsoft.Extensions.DependencyInjection;

namespace Cmfbl.Sdk.Benchmarks;

/// <summary>
/// Costs against the size of the surface, cold: a fresh process registers every family (all generated interfaces,
/// the Open API, Bridge, Auth2, streams) or the Manager API alone, builds the container and makes one <c>page</c>
/// call (with its auth call). Within 10 % of each other when nothing is built for the families not called.
/// </summary>
[ColdStartJob]
[MemoryDiagnoser]
public class SurfaceColdStart
{
    private ServiceProvider? _owner;

    [Benchmark(Baseline = true)]
    public Task<int> OneFamily() => FirstPageAsync(managerApiOnly: true);

    [Benchmark]
    public Task<int> AllFamilies() => FirstPageAsync(managerApiOnly: false);

    [GlobalCleanup]
    public void Cleanup() => _owner?.Dispose();

    private async Task<int> FirstPageAsync(bool managerApiOnly)
    {
        var provider = Clients.BuildSdk(Clients.InMemoryHost, new InMemoryTransport(), managerApiOnly);
        _owner = provider;
        var page = await provider.GetRequiredService<IWhiteCustomerAdminApiService>().PageAsync(SdkRequests.Page).ConfigureAwait(false);
        return page.Records.Count;
    }
}

/// <summary>
/// What one container costs, warm: register every family or the Manager API alone, build the container, make the
/// first <c>page</c> call (auth included) and dispose it; the allocated column is the container's memory, built and used.
/// </summary>
[SteadyStateJob]
[MemoryDiagnoser]
public class SurfaceContainer
{
    [Benchmark(Baseline = true)]
    public Task<int> OneFamily() => FirstPageAsync(managerApiOnly: true);

    [Benchmark]
    public Task<int> AllFamilies() => FirstPageAsync(managerApiOnly: false);

    private static async Task<int> FirstPageAsync(bool managerApiOnly)
    {
        using var provider = Clients.BuildSdk(Clients.InMemoryHost, new InMemoryTransport(), managerApiOnly);
        var page = await provider.GetRequiredService<IWhiteCustomerAdminApiService>().PageAsync(SdkRequests.Page).ConfigureAwait(false);
        return page.Records.Count;
    }
}

/// <summary>
/// The steady-state <c>page</c> call against the size of the surface: a container with the Manager API alone, one with
/// every family, and one with every family whose operation tables hold every operation of every SDK interface
/// (each looked up once first). The call costs the same in all three.
/// </summary>
[SteadyStateJob]
[MemoryDiagnoser]
public class SurfaceCall
{
    private ServiceProvider? _provider;
    private IWhiteCustomerAdminApiService _customers = null!;

    public enum Surface
    {
        OneFamily,
        AllFamilies,
        AllFamiliesEveryOperationLoaded,
    }

    [ParamsAllValues]
    public Surface Registered { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _provider = Clients.BuildSdk(Clients.InMemoryHost, new InMemoryTransport(), managerApiOnly: Registered == Surface.OneFamily);
        _customers = _provider.GetRequiredService<IWhiteCustomerAdminApiService>();
        if (Registered == Surface.AllFamiliesEveryOperationLoaded)
        {
            var runtime = _provider.GetRequiredService<SdkRuntime>();
            var loaded = LoadEverything(runtime.ManagerOperations, runtime.ClientOperations, runtime.OpenApiOperations, runtime.BridgeOperations, runtime.Auth2Operations);
            Console.WriteLine($"// {loaded} operations loaded into the tables");
        }

        await _customers.PageAsync(SdkRequests.Page).ConfigureAwait(false);
    }

    [Benchmark]
    public Task<PagedResult<CustomerRecord>> Page() => _customers.PageAsync(SdkRequests.Page);

    [GlobalCleanup]
    public void Cleanup() => _provider?.Dispose();

    /// <summary>Looks every method of every SDK interface up in every table (the benchmark only: the SDK never does this).</summary>
    private static int LoadEverything(params OperationTable[] tables)
    {
        var methods = typeof(OperationTable).Assembly.GetTypes()
            .Where(static type => type.IsInterface)
            .SelectMany(static type => type.GetMethods().Select(method => (type, method.Name)))
            .ToArray();
        return tables.Sum(table => methods.Count(method => table.Find(method.type, method.Name) is not null));
    }
}
