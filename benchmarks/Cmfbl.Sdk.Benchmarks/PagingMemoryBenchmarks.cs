using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Cmfbl.Sdk.Benchmarks.Infrastructure;
using Cmfbl.Sdk.Benchmarks.Wire;
using Cmfbl.Sdk.ManagerApi;
using Cmfbl.Sdk.ManagerApi.Models;
using Microsoft.Extensions.DependencyInjection;

namespace Cmfbl.Sdk.Benchmarks;

/// <summary>
/// Walks every customer with <c>GetAllCustomersAsync</c>, 1,000 per page, over a transport that writes each page on
/// the fly. Time and allocations grow with the record count; the memory held must not. After the measured
/// iterations, one more walk forces a full collection at every page and records the largest live heap, which the
/// <c>Peak live heap</c> column shows next to the largest heap seen during the measured walks (garbage included)
/// and the process's peak working set.
/// </summary>
[SteadyStateJob]
[MemoryDiagnoser]
[PeakMemoryColumns]
#pragma warning disable CA1001 // Disposed in the global clean-up, as BenchmarkDotNet expects.
public class PagingMemory
#pragma warning restore CA1001
{
    public const int PageSize = 1_000;

    private ServiceProvider? _provider;
    private PagingTransport _transport = null!;
    private IWhiteCustomerAdminApiService _customers = null!;
    private long _peakHeap;

    [Params(10_000, 100_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _transport = new PagingTransport(Records);
        _provider = Clients.BuildSdk(Clients.InMemoryHost, _transport);
        _customers = _provider.GetRequiredService<IWhiteCustomerAdminApiService>();
        _transport.OnPage = () =>
        {
            var heap = GC.GetTotalMemory(forceFullCollection: false);
            if (heap > _peakHeap)
            {
                _peakHeap = heap;
            }
        };
    }

    [Benchmark]
    public async Task<long> WalkAllCustomers()
    {
        long count = 0;
        await foreach (var customer in _customers.GetAllCustomersAsync(new CustomerPageRequest { Size = PageSize }).ConfigureAwait(false))
        {
            count += customer.Id is null ? 0 : 1;
        }

        return count == Records ? count : throw new InvalidOperationException($"Read {count} of {Records} customers.");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        // One instrumented walk: a full collection at every page gives the live heap while the walk holds one page.
        long peakLive = 0;
        _transport.OnPage = () => peakLive = Math.Max(peakLive, GC.GetTotalMemory(forceFullCollection: true));
        WalkAllCustomers().GetAwaiter().GetResult();
        using var process = Process.GetCurrentProcess();
        PeakMemoryStore.Write(Records, new PeakMemory(peakLive, _peakHeap, process.PeakWorkingSet64));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// PagingMemory Records={Records}: peak live heap {peakLive:N0} B, peak heap incl. garbage {_peakHeap:N0} B, peak working set {process.PeakWorkingSet64:N0} B"));
        _provider?.Dispose();
        _transport.Dispose();
    }
}
