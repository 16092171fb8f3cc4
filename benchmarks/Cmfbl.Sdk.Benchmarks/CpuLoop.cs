using System.Diagnostics;
using System.Globalization;

namespace Cmfbl.Sdk.Benchmarks;

/// <summary>
/// One in-memory call shape in a loop for a set time, after warm-up, for a CPU profiler to sample the steady call:
/// <c>dotnet-trace collect --profile cpu-sampling -- Cmfbl.Sdk.Benchmarks --cpu-loop checkCustomerExist 20</c>
/// (add <c>baseline</c> for the hand-written side). Prints the calls made and the mean time per call.
/// </summary>
public static class CpuLoop
{
    public static int Run(string shape, string seconds, bool baseline)
    {
        var benchmark = AllocationProfile.Start(shape);
        var call = benchmark.Call(baseline);
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(3))
        {
            call().GetAwaiter().GetResult();
        }

        var length = TimeSpan.FromSeconds(double.Parse(seconds, CultureInfo.InvariantCulture));
        var timer = Stopwatch.StartNew();
        long calls = 0;
        while (timer.Elapsed < length)
        {
            for (var i = 0; i < 1_000; i++)
            {
                call().GetAwaiter().GetResult();
            }

            calls += 1_000;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{shape} ({(baseline ? "baseline" : "sdk")}): {calls} calls, {timer.Elapsed.TotalNanoseconds / calls / 1000:F2} us per call"));
        benchmark.Cleanup();
        return 0;
    }
}
