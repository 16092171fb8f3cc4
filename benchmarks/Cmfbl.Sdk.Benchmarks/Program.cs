using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Cmfbl.Sdk.Benchmarks.Infrastructure;

namespace Cmfbl.Sdk.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/Cmfbl.Sdk.Benchmarks [-- --quick] [BenchmarkDotNet options]</c>.
/// Without <c>--filter</c> the suite of docs/performance.md runs (the profiling classes only when named);
/// <c>--quick</c> swaps the default job for a short one.
/// </summary>
public static class Program
{
    /// <summary>The classes the default run covers, in the order of docs/performance.md.</summary>
    public static readonly string[] Suite =
    [
        "*" + nameof(PageCall) + "*",
        "*" + nameof(DetailCall) + "*",
        "*" + nameof(CheckCustomerExistCall) + "*",
        "*" + nameof(AddCustomerCall) + "*",
        "*" + nameof(LoopbackThroughput) + "*",
        "*" + nameof(PagingMemory) + "*",
        "*" + nameof(ColdStart) + "*", // and SurfaceColdStart
        "*" + nameof(SurfaceContainer) + "*",
        "*" + nameof(SurfaceCall) + "*",
        "*" + nameof(TextQuoteParsing) + "*",
        "*" + nameof(BinaryQuoteParsing) + "*",
    ];

    public static int Main(string[] args)
    {
        if (args is ["--cold-jit", var which])
        {
            return ColdStartJitProfile.Run(which);
        }

        if (args is ["--paired", var paired])
        {
            return PairedTiming.Run(paired);
        }

        if (args is ["--paired-libraries", var pairedOnLibraries])
        {
            return PairedTiming.Run(pairedOnLibraries, againstSameLibraries: true);
        }

        if (args is ["--paired-layers", var layerShape, var layers])
        {
            return PairedTiming.RunLayers(layerShape, layers);
        }

        if (args is ["--cpu-loop", var loopShape, var seconds, .. var loopSide])
        {
            return CpuLoop.Run(loopShape, seconds, baseline: loopSide is ["baseline"]);
        }

        if (args is ["--alloc-profile", var shape, .. var side])
        {
            return AllocationProfile.Run(shape, baseline: side is ["baseline"]);
        }

        var quick = args.Contains("--quick", StringComparer.Ordinal);
        var rest = args.Where(arg => arg != "--quick").ToList();
        Environment.SetEnvironmentVariable(RunMode.QuickVariable, quick ? "1" : null);
        if (!rest.Exists(arg => arg is "--filter" or "-f" or "--list" or "--help" or "-h" or "--info"))
        {
            rest.Add("--filter");
            rest.AddRange(Suite);
        }

        PeakMemoryStore.Clear();
        var config = DefaultConfig.Instance
            .WithOptions(ConfigOptions.StopOnFirstError)
            .WithSummaryStyle(DefaultConfig.Instance.SummaryStyle.WithMaxParameterColumnWidth(20));
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. rest], config);
        return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
    }
}
