using Cmfbl.Sdk.Benchmarks.Baseline.SameLibraries;
using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace Cmfbl.Sdk.Benchmarks;

/// <summary>
/// Which types a steady-state call allocates, sampled: the runtime reports the type of the object that crosses every
/// ~100 KB of allocation, so over many calls the counts are proportional to the bytes each type takes.
/// <c>dotnet run -c Release --project benchmarks/Cmfbl.Sdk.Benchmarks -- --alloc-profile checkCustomerExist</c>
/// (or <c>detail</c>, <c>addCusAndOpenAccountAndKyc</c>, <c>page</c>; add <c>baseline</c> for the hand-written side).
/// </summary>
public static class AllocationProfile
{
    private const int Calls = 100_000;

    public static int Run(string shape, bool baseline)
    {
        var call = Start(shape).Call(baseline);
        for (var i = 0; i < 2_000; i++)
        {
            call().GetAwaiter().GetResult();
        }

        using var sampler = new AllocationSampler();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Calls; i++)
        {
            call().GetAwaiter().GetResult();
        }

        var perCall = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)Calls;
        var total = sampler.Samples.Values.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{shape} ({(baseline ? "baseline" : "sdk")}): {perCall:F0} B per call on the calling thread; {total} samples"));
        foreach (var (type, count) in sampler.Samples.OrderByDescending(static s => s.Value).Take(40))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count * perCall / total,8:F0} B  {type}"));
        }

        return 0;
    }

    /// <summary>The benchmark class of an in-memory call shape, named by its bizType, set up (both sides hold their token and ran once).</summary>
    internal static InMemoryCallBenchmark Start(string shape, LibraryLayers sameLibrariesLayers = LibraryLayers.All)
    {
        var benchmark = Create(shape, sameLibrariesLayers);
        benchmark.SetupAsync().GetAwaiter().GetResult();
        return benchmark;
    }

    /// <summary>The benchmark class of an in-memory call shape, named by its bizType.</summary>
    internal static InMemoryCallBenchmark Create(string shape, LibraryLayers sameLibrariesLayers = LibraryLayers.All) => shape switch
    {
        "page" => new PageCall { SameLibrariesLayers = sameLibrariesLayers },
        "detail" => new DetailCall { SameLibrariesLayers = sameLibrariesLayers },
        "checkCustomerExist" => new CheckCustomerExistCall { SameLibrariesLayers = sameLibrariesLayers },
        "addCusAndOpenAccountAndKyc" => new AddCustomerCall { SameLibrariesLayers = sameLibrariesLayers },
        _ => throw new ArgumentException($"Takes page, detail, checkCustomerExist or addCusAndOpenAccountAndKyc, not '{shape}'.", nameof(shape)),
    };

    private sealed class AllocationSampler : EventListener
    {
        public ConcurrentDictionary<string, int> Samples { get; } = new(StringComparer.Ordinal);

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1); // GC: GCAllocationTick
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true
                && eventData.PayloadNames?.IndexOf("TypeName") is >= 0 and var index
                && eventData.Payload?[index] is string type)
            {
                Samples.AddOrUpdate(type, 1, static (_, count) => count + 1);
            }
        }
    }
}
