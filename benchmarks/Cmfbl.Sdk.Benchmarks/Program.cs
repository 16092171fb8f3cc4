using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Cmfbl.Sdk.Benchmarks.Infrastructure;

namespace Cmfbl.Sdk.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/Cmfbl.Sdk.Benchmarks [-- --quick] [BenchmarkDotNet options]</c>.
/// Without <c>--filter</c> every benchmark runs; <c>--quick</c> swaps the default job for a short one.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var quick = args.Contains("--quick", StringComparer.Ordinal);
        var rest = args.Where(arg => arg != "--quick").ToList();
        Environment.SetEnvironmentVariable(RunMode.QuickVariable, quick ? "1" : null);
        if (!rest.Exists(arg => arg is "--filter" or "-f" or "--list" or "--help" or "-h" or "--info"))
        {
            rest.AddRange(["--filter", "*"]);
        }

        PeakMemoryStore.Clear();
        var config = DefaultConfig.Instance
            .WithOptions(ConfigOptions.StopOnFirstError)
            .WithSummaryStyle(DefaultConfig.Instance.SummaryStyle.WithMaxParameterColumnWidth(20));
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. rest], config);
        return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
    }
}
