using System.Diagnostics;
using System.Globalization;
using Cmfbl.Sdk.Benchmarks.Baseline.SameLibraries;

namespace Cmfbl.Sdk.Benchmarks;

/// <summary>
/// The in-memory call shapes timed in pairs, for a machine whose speed drifts (other builds on the same cores): in one
/// process, rounds of a batch of baseline calls then a batch of SDK calls, each round giving its own ratio, so a
/// change of speed between rounds moves both sides alike. Reports the median ratio of the rounds and its spread
/// (quartiles), and the bytes each side allocates per call.
/// <c>dotnet run -c Release --project benchmarks/Cmfbl.Sdk.Benchmarks -- --paired checkCustomerExist</c>
/// (or <c>detail</c>, <c>addCusAndOpenAccountAndKyc</c>, <c>page</c>, <c>all</c>). With <c>--paired-libraries</c> the
/// other side is the hand-written client on the SDK's own libraries (<see cref="SameLibrariesClient"/>); with
/// <c>--paired-layers</c>, that client on some of them against the plain baseline (<see cref="RunLayers"/>).
/// </summary>
public static class PairedTiming
{
    private const int Rounds = 41;
    private static readonly TimeSpan Batch = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(4);

    public static int Run(string shape, bool againstSameLibraries = false) =>
        RunAll(shape, LibraryLayers.All, (benchmark, _) => againstSameLibraries
            ? ("same libraries", benchmark.CallOnSameLibraries(), "SDK", benchmark.Call(baseline: false))
            : ("baseline", benchmark.Call(baseline: true), "SDK", benchmark.Call(baseline: false)));

    /// <summary>
    /// The plain baseline against the hand-written client on some of the SDK's libraries (<c>--paired-layers
    /// checkCustomerExist polly</c>; layers <c>none</c>, <c>factory</c>, <c>polly</c>, <c>refit</c> or a sum such as
    /// <c>factory+polly+refit</c>): what a library costs per call before any of the SDK's code runs.
    /// </summary>
    public static int RunLayers(string shape, string layers)
    {
        var parsed = ParseLayers(layers);
        return RunAll(shape, parsed, (benchmark, label) => ("baseline", benchmark.Call(baseline: true), $"on {label}", benchmark.CallOnSameLibraries()));
    }

    private static LibraryLayers ParseLayers(string layers) => layers.Split('+').Aggregate(LibraryLayers.None, (sum, layer) => sum | layer switch
    {
        "none" => LibraryLayers.None,
        "factory" => LibraryLayers.Factory,
        "polly" => LibraryLayers.Polly,
        "refit" => LibraryLayers.Refit,
        "all" => LibraryLayers.All,
        _ => throw new ArgumentException($"Takes none, factory, polly, refit or all, joined by '+', not '{layer}'.", nameof(layers)),
    });

    private static int RunAll(string shape, LibraryLayers layers, Func<InMemoryCallBenchmark, string, (string, Func<Task>, string, Func<Task>)> sides)
    {
        foreach (var one in shape == "all" ? ["page", "detail", "checkCustomerExist", "addCusAndOpenAccountAndKyc"] : new[] { shape })
        {
            var benchmark = AllocationProfile.Start(one, layers);
            var (leftName, left, rightName, right) = sides(benchmark, layers == LibraryLayers.None ? "typed models alone" : layers.ToString().Replace(", ", "+", StringComparison.Ordinal));
            RunOne(one, leftName, left, rightName, right);
            benchmark.Cleanup();
        }

        return 0;
    }

    private static void RunOne(string shape, string leftName, Func<Task> baseline, string rightName, Func<Task> sdk)
    {
        // Warm both paths up until tiered compilation has replaced their first code with the optimized one (calls are
        // counted after a 100 ms delay, then compiled in the background): two seconds of each, in turns.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < WarmUp)
        {
            Time(baseline, 100);
            Time(sdk, 100);
        }

        // Size a batch to about 50 ms of the baseline.
        var calls = 1;
        while (Time(baseline, calls) < Batch / 4 || Time(sdk, calls) < Batch / 4)
        {
            calls *= 2;
        }

        calls = Math.Max(1, (int)(calls * (Batch / Time(baseline, calls))));
        var ratios = new double[Rounds];
        double baseNs = 0, sdkNs = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var b = Time(baseline, calls);
            var s = Time(sdk, calls);
            ratios[round] = s / b;
            baseNs += b.TotalNanoseconds / calls;
            sdkNs += s.TotalNanoseconds / calls;
        }

        Array.Sort(ratios);
        var baseAlloc = Allocated(baseline);
        var sdkAlloc = Allocated(sdk);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{shape,-27} {rightName} over {leftName}: time ratio {ratios[Rounds / 2]:F2} (quartiles {ratios[Rounds / 4]:F2}-{ratios[3 * Rounds / 4]:F2}, {Rounds} rounds of {calls} calls); {leftName} {baseNs / Rounds / 1000:F2} us, {rightName} {sdkNs / Rounds / 1000:F2} us; allocated {baseAlloc:F0} B vs {sdkAlloc:F0} B = {sdkAlloc / baseAlloc:F2}"));
    }

    private static TimeSpan Time(Func<Task> call, int calls)
    {
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < calls; i++)
        {
            call().GetAwaiter().GetResult();
        }

        return Stopwatch.GetElapsedTime(started);
    }

    private static double Allocated(Func<Task> call)
    {
        const int calls = 2_000;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < calls; i++)
        {
            call().GetAwaiter().GetResult();
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)calls;
    }
}
